import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/config';
import { openInfrastructure } from './infrastructure/infrastructure';
import { startProjections } from './start-projections';
import { startTracing } from '../../../libs/observability/tracing-setup';

async function main(): Promise<void> {
  const config = loadConfig();
  startTracing({ serviceName: 'crm-api', otlpEndpoint: config.observability.otlpEndpoint });
  const infrastructure = await openInfrastructure(config);
  const app = await createApp(infrastructure, config);
  app.enableShutdownHooks();
  await app.listen({ port: config.port, host: config.host });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const logger = new Logger('crm');
  logger.log(`listening on http://${config.host}:${port} (data in ${config.dataDir}); API docs at /docs`);
  // Listening first lets /health/live answer while a long log is caught up; /health/ready says when done.
  await startProjections(app, infrastructure, config, (line) => process.stdout.write(`${line}\n`));
  logger.log('read models caught up; ready');
}

main().catch((error: unknown) => {
  // Configuration problems are one clear line; anything else keeps its stack for the operator.
  if (error instanceof ConfigError) process.stderr.write(`configuration error: ${error.message}\n`);
  else process.stderr.write(`failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
