import { join } from 'node:path';
import { SqliteLeaseStore } from '../../../../libs/coordination/sqlite-lease-store';
import { startTestApp, TestApp } from '../testing/test-app';
import { serviceSteps } from './service-test-helpers';
import { SERVICE_WORKER_LEASE, ServiceWorker } from './service-worker';

describe('service worker: only the lease holder records SLA breaches', () => {
  let t: TestApp;
  let s: ReturnType<typeof serviceSteps>;
  let worker: ServiceWorker;
  let rival: SqliteLeaseStore;
  beforeAll(async () => {
    // No timer: every round in this spec is one the test asks for, at the instant it names.
    t = await startTestApp({ CRM_WORKER: 'off' });
    s = serviceSteps(t);
    worker = t.app.get(ServiceWorker);
    // Another process on the same data directory, as `npm run worker` would open it.
    rival = new SqliteLeaseStore(join(t.dataDir, 'leases.db'));
  });
  afterAll(async () => {
    await rival.close();
    await t.close();
  });

  const breachesOf = async (caseId: string) => (await s.events('crm.case.sla-breached')).filter((e) => e.data.caseId === caseId);
  /** A case on the New York policy opened Tuesday 10 March 09:00: first response due 10:00 local. */
  const overdueCase = async () => {
    const caseId = await s.openCase(await s.customer(), await s.policy(), { occurredAt: '2026-03-10T09:00:00-04:00' });
    await s.get(`/v1/cases/${caseId}`);
    return caseId;
  };
  const afterDeadlines = new Date('2026-03-13T12:00:00Z');

  it('records nothing while another process holds the lease, and the overdue breaches once it is handed over', async () => {
    const caseId = await overdueCase();
    const other = (await rival.acquire(SERVICE_WORKER_LEASE, 'other-host:1:standby', 60_000))!;
    await worker.tick(afterDeadlines);
    expect(await breachesOf(caseId)).toEqual([]);
    expect(worker.status()).toMatchObject({ leader: false, rounds: 0 });

    await rival.release(other);
    await worker.tick(afterDeadlines);
    await worker.tick(afterDeadlines);
    expect((await breachesOf(caseId)).map((e) => e.data.clock)).toEqual(['firstResponse', 'resolution']);
    expect(worker.status()).toMatchObject({ leader: true, token: other.token + 1, rounds: 2 });
  });

  it('stops acting at once when its tenure was taken over, even though it held the lease a moment ago', async () => {
    const held = await rival.current(SERVICE_WORKER_LEASE);
    expect(held?.holder).toBe(worker.status().holder);
    // The tenure ends behind the worker's back (as when its lease ran out during a long pause) and a successor takes it.
    await rival.release(held!);
    const successor = (await rival.acquire(SERVICE_WORKER_LEASE, 'other-host:2:successor', 60_000))!;
    const caseId = await overdueCase();
    await worker.tick(afterDeadlines);
    expect(await breachesOf(caseId)).toEqual([]);
    expect(worker.status()).toMatchObject({ leader: false });
    expect(successor.token).toBe(held!.token + 1);
  });
});
