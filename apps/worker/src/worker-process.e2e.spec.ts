import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAppToExit, startAppProcess } from '../../../libs/testing/app-process';
import { waitForValue } from '../../../libs/testing/wait-for';
import { currentLease } from './testing/service-steps';

describe('the worker process (npm run worker)', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'crm-worker-process-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('refuses a bad lease time with one line naming the variable', async () => {
    const result = await runAppToExit('worker', { CRM_DATA_DIR: dataDir, CRM_WORKER_LEASE_MS: 'soon' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual(['configuration error: CRM_WORKER_LEASE_MS: must be an integer from 1000 to 600000 (got "soon")']);
  });

  it('takes the lease, says so on /health/ready and /metrics, and hands it over at once on SIGTERM', async () => {
    // CRM_WORKER=off is the API's switch: the worker process runs whatever the shared configuration says.
    const worker = await startAppProcess('worker', { CRM_DATA_DIR: dataDir, CRM_WORKER: 'off', CRM_WORKER_LEASE_MS: '60000', CRM_WORKER_TICK_MS: '100' });
    try {
      const ready = await waitForValue(async () => {
        const body = (await (await fetch(`${worker.baseUrl}/health/ready`)).json()) as { leader: boolean; token: number; rounds: number };
        return body.leader && body.rounds > 0 ? body : undefined;
      }, 30_000);
      const metrics = await (await fetch(`${worker.baseUrl}/metrics`)).text();
      expect(metrics).toMatch(/^crm_worker_leader 1$/m);
      expect(metrics).toMatch(new RegExp(`^crm_worker_lease_token ${ready.token}$`, 'm'));
      expect((await currentLease(dataDir))?.holder).toContain(`:${worker.child.pid}:`);
    } finally {
      expect(await worker.stop('SIGTERM')).toBe(0);
    }
    // Released, not left to run out its 60 s: a successor may start at once.
    expect(await currentLease(dataDir)).toBeUndefined();
  });
});
