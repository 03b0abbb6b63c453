import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppProcess, startAppProcess } from '../../../libs/testing/app-process';
import { waitFor } from '../../../libs/testing/wait-for';
import { KEY, logOf, post } from './testing/service-steps';

/**
 * The distributed shape on the embedded store: an API with CRM_WORKER=off (it builds the read
 * models) and `npm run worker` processes, one after the other. Membership changes appear in the
 * log only through the worker, once each, across a hand-over.
 */
describe('segment membership in the worker process', () => {
  let dataDir: string;
  let api: AppProcess;
  const workers: AppProcess[] = [];
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'crm-segment-worker-'));
    api = await startAppProcess('api', { CRM_DATA_DIR: dataDir, CRM_BOOTSTRAP_KEY: KEY, CRM_WORKER: 'off', CRM_RATE_LIMIT_MAX: '0' });
  });
  afterAll(async () => {
    await Promise.all([api, ...workers].map((app) => app.stop('SIGTERM')));
    await rm(dataDir, { recursive: true, force: true });
  });

  const memberships = async () => (await logOf(dataDir)).filter((e) => e.type.startsWith('crm.segment.member-'));
  const worker = async () => {
    const started = await startAppProcess('worker', { CRM_DATA_DIR: dataDir, CRM_WORKER_LEASE_MS: '3000', CRM_WORKER_TICK_MS: '100' });
    workers.push(started);
    return started;
  };

  it('enters customers through the worker, and a successor worker repeats none of it', async () => {
    const segment = await post(api, '/v1/segments', { name: 'Promoters', rule: { all: [{ field: 'lastNps', op: 'gte', value: 9 }] } });
    const first = await post(api, '/v1/customers', { kind: 'person', name: 'First promoter' });
    await post(api, '/v1/feedback', { customerId: first.id, kind: 'nps', score: 10 });
    // Nothing without a worker: the API runs none.
    expect(await memberships()).toEqual([]);

    const one = await worker();
    await waitFor(async () => (await memberships()).length === 1, 30_000, 'the first entry');
    expect(await one.stop('SIGTERM')).toBe(0);

    const second = await post(api, '/v1/customers', { kind: 'person', name: 'Second promoter' });
    await post(api, '/v1/feedback', { customerId: second.id, kind: 'nps', score: 9 });
    await worker();
    await waitFor(async () => (await memberships()).length >= 2, 30_000, 'the second entry');
    const changes = await memberships();
    expect(changes.map((e) => [e.type, e.subjectId, e.data.segmentId, e.metadata.actor])).toEqual([
      ['crm.segment.member-entered', first.id, segment.id, 'system:segments'],
      ['crm.segment.member-entered', second.id, segment.id, 'system:segments'],
    ]);
  });
});
