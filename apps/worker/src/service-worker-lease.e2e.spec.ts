import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppProcess, startAppProcess } from '../../../libs/testing/app-process';
import { describeLeasedWorker, Stack } from './testing/lease-scenarios';
import { currentLease, KEY } from './testing/service-steps';

const LEASE_MS = 3000;
let stack: Stack | undefined;

/**
 * The embedded default over one data directory: two API processes (each running the worker
 * in-process, CRM_WORKER=inprocess) and one `npm run worker` process compete for the lease.
 */
describeLeasedWorker('the service worker: two APIs and a worker over one embedded store', async (common) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'crm-worker-lease-'));
  const env = { ...common, CRM_DATA_DIR: dataDir, CRM_BOOTSTRAP_KEY: KEY, CRM_WORKER_LEASE_MS: String(LEASE_MS) };
  const candidates = new Map<number, { name: string; app: AppProcess }>();
  stack = { dataDir, candidates, apis: [], leaseMs: LEASE_MS, currentLease: () => currentLease(dataDir) };
  // One at a time: the first creates the stores the others open.
  for (const name of ['api-1', 'api-2']) {
    const app = await startAppProcess('api', env);
    candidates.set(app.child.pid!, { name, app });
    stack.apis.push(app);
  }
  const worker = await startAppProcess('worker', env);
  candidates.set(worker.child.pid!, { name: 'worker', app: worker });
  return stack;
}, async () => {
  if (!stack) return;
  await Promise.all([...stack.apis, ...[...stack.candidates.values()].map((c) => c.app)].map((app) => app.stop('SIGTERM')));
  await rm(stack.dataDir, { recursive: true, force: true });
});
