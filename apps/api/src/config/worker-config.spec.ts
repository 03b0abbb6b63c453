import { loadServiceWorkerAppConfig } from '../../../worker/src/worker.config';
import { loadConfig } from './config';

describe('service worker configuration', () => {
  it('runs the worker in the API process by default, its lease in leases.db, 15 s lease and 1 s rounds', () => {
    expect(loadConfig({}).worker).toEqual({ mode: 'inprocess', leaseMs: 15_000, tickMs: 1000, leases: { kind: 'sqlite' } });
  });

  it('keeps the leases of MongoDB deployments in a database apart from the read models', () => {
    expect(loadConfig({ READ_MODELS: 'mongodb', MONGODB_URL: 'mongodb://db:27017/acme?replicaSet=rs0' }).worker.leases)
      .toEqual({ kind: 'mongodb', url: 'mongodb://db:27017/acme?replicaSet=rs0', database: 'acme_leases' });
  });

  it('lets the distributed API turn its worker off, while the worker process runs whatever the shared ConfigMap says', () => {
    expect(loadConfig({ CRM_WORKER: 'off' }).worker.mode).toBe('off');
    expect(loadServiceWorkerAppConfig({ CRM_WORKER: 'off' }).worker.mode).toBe('inprocess');
  });

  it('refuses an unknown mode, a lease shorter than a second and rounds too slow to renew the lease', () => {
    expect(() => loadConfig({ CRM_WORKER: 'kafka' })).toThrow(/^CRM_WORKER: must be one of inprocess, off \(got "kafka"\)$/);
    expect(() => loadConfig({ CRM_WORKER_LEASE_MS: '500' })).toThrow(/^CRM_WORKER_LEASE_MS: must be an integer from 1000/);
    expect(() => loadConfig({ CRM_WORKER_LEASE_MS: '3000', CRM_WORKER_TICK_MS: '1500' })).toThrow(/^CRM_WORKER_TICK_MS: must be at most a third of CRM_WORKER_LEASE_MS/);
  });
});
