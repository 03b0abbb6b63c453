import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { metric, startHealthServer, WorkerHealth } from '../../../libs/messaging/worker/health-server';
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
  // It runs no projections: it waits on the read models as stored, whoever builds them.
  const infrastructure = await openInfrastructure(config, { runsProjections: false });
  const app = await NestFactory.createApplicationContext(WorkerModule.with(infrastructure, config), { logger: ['log', 'warn', 'error'] });
  const worker = app.get(ServiceWorker);
  const server = await startHealthServer(config.port, config.host, workerHealth(worker));
  process.stdout.write(`listening on http://${config.host}:${server.port}\n`);
  process.stdout.write(`service worker ${worker.status().holder} competing for the lease (${config.worker.leaseMs} ms); ready\n`);
  return {
    async stop() {
      await server.close();
      await app.close();
    },
  };
});

function workerHealth(worker: ServiceWorker): WorkerHealth {
  return {
    async ready() {
      const status = worker.status();
      // A standby is ready: it is there to take over.
      return { ready: true, ...status };
    },
    async metrics() {
      const status = worker.status();
      return [
        metric('crm_worker_leader', 'gauge', 'Whether this worker holds the service-worker lease.', [['', status.leader ? 1 : 0]]),
        metric('crm_worker_lease_token', 'gauge', 'Fencing token of the tenure held (0 when none).', [['', status.leader ? (status.token ?? 0) : 0]]),
        metric('crm_worker_rounds_total', 'counter', 'Rounds of SLA scheduling and automation completed as leader.', [['', status.rounds]]),
        metric('crm_worker_takeovers_total', 'counter', 'Times this worker took the lease.', [['', status.takeovers]]),
      ].join('');
    },
  };
}
