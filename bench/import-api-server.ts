import 'reflect-metadata';
import { createApp } from '../apps/api/src/app.factory';
import { loadConfig } from '../apps/api/src/config/config';
import { openInfrastructure } from '../apps/api/src/infrastructure/infrastructure';
import { startProjections } from '../apps/api/src/start-projections';
import { BENCH_KEY } from './api-server';
import { serveToParent, ServedServer } from './forked-server';

/**
 * The real API (projections in their worker thread) on an existing data directory, the one an
 * import filled: the import bench measures this process's memory while it serves requests, and
 * while its projections catch up on a log they have not seen.
 */
async function startOn(dataDir: string): Promise<ServedServer> {
  const config = loadConfig({ CRM_DATA_DIR: dataDir, CRM_BOOTSTRAP_KEY: BENCH_KEY, PORT: '0', HOST: '127.0.0.1', CRM_RATE_LIMIT_MAX: '0' });
  const infrastructure = await openInfrastructure(config);
  const app = await createApp(infrastructure, config, false);
  await startProjections(app, infrastructure, config, () => undefined);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (!address || typeof address !== 'object') throw new Error('the API is not listening on a TCP port');
  return { url: `http://127.0.0.1:${address.port}`, key: BENCH_KEY, close: () => app.close() };
}

// Forked by bench/import.ts with the data directory as its one argument.
if (require.main === module) serveToParent(() => startOn(process.argv[2]));
