import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { startHealthServer, WorkerHealth } from '../../../libs/messaging/worker/health-server';
import { createLogger, PinoNestLogger } from '../../../libs/observability/logger';
import { following, workerLeader, workerLeaseToken, workerRounds, workerTakeovers } from '../../../libs/observability/metrics';
import { startTracing } from '../../../libs/observability/tracing-setup';
import { runWorker } from '../../../libs/messaging/worker/run-worker';
import { openInfrastructure } from '../../api/src/infrastructure/infrastructure';
import { ServiceWorker } from '../../api/src/service/service-worker';
import { loadServiceWorkerAppConfig } from './worker.config';
import { WorkerModule } from './worker.module';

/**
 * The service worker as a process of its own (`npm run worker`): SLA scheduling and automation
 * for the distributed deployment, where the API replicas run with CRM_WORKER=off. Any number may
 * run: the `service-worker` lease lets one act at a time (docs/service.md, *The worker*).
 */
runWorker(async () => {
  const config = loadServiceWorkerAppConfig();
  const stopTracing = startTracing({ serviceName: 'crm-worker', otlpEndpoint: config.observability.otlpEndpoint });
  const log = createLogger('crm-worker', config.observability.logLevel);
  // It runs no projections: it waits on the read models as stored, whoever builds them.
  const infrastructure = await openInfrastructure(config, { runsProjections: false });
  const app = await NestFactory.createApplicationContext(WorkerModule.with(infrastructure, config), { logger: new PinoNestLogger(log) });
  const worker = app.get(ServiceWorker);
  const server = await startHealthServer(config.port, config.host, workerHealth(worker), { metricsToken: config.observability.metricsToken });
  log.info(`listening on http://${config.host}:${server.port}`);
  log.info(`service worker ${worker.status().holder} competing for the lease (${config.worker.leaseMs} ms); ready`);
  return {
    async stop() {
      await server.close();
      await app.close();
      await stopTracing();
    },
  };
});

function workerHealth(worker: ServiceWorker): WorkerHealth {
  const rounds = following(workerRounds);
  const takeovers = following(workerTakeovers);
  return {
    async ready() {
      const status = worker.status();
      // A standby is ready: it is there to take over.
      return { ready: true, ...status };
    },
    async refreshMetrics() {
      const status = worker.status();
      workerLeader.set(status.leader ? 1 : 0);
      workerLeaseToken.set(status.leader ? (status.token ?? 0) : 0);
      rounds(status.rounds);
      takeovers(status.takeovers);
    },
  };
}
