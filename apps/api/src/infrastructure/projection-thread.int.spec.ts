import { readdirSync, readFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { waitFor } from '../../../../libs/testing/wait-for';
import { startTestApp, TestApp } from '../testing/test-app';
import { ProjectionThread } from './projection-thread';

describe('projections in a worker thread (the embedded default)', () => {
  let t: TestApp;
  let thread: ProjectionThread;
  beforeAll(async () => {
    t = await startTestApp();
    thread = t.infrastructure.projections as ProjectionThread;
  });
  afterAll(() => t.close());

  const register = (name: string) => t.http().post('/v1/customers').set(t.auth).send({ kind: 'person', name, country: 'FR' }).expect(201);
  const interact = (id: string, subject: string) =>
    t.http().post(`/v1/customers/${id}/interactions`).set(t.auth).send({ channel: 'phone', direction: 'inbound', subject }).expect(201);
  const view = (id: string, position: number) => t.http().get(`/v1/customers/${id}`).set(t.auth).set('X-Min-Position', String(position)).expect(200);

  it('projects off the request loop yet a customer just registered is read back with X-Min-Position', async () => {
    expect(thread).toBeInstanceOf(ProjectionThread);
    expect(thread.threadId).not.toBe(threadId);
    const created = await register('Camille Laurent');
    expect((await view(created.body.id, created.body.position)).body.name).toBe('Camille Laurent');
  });

  it('replaces a worker that died and resumes from the checkpoints, losing and doubling nothing', async () => {
    const { id } = (await register('Hélène Martin')).body;
    await interact(id, 'before the crash');
    const before = thread.threadId;
    await thread.crashForTest();
    // Written while no worker runs: the next one must find it in the log.
    const during = await interact(id, 'while the worker was down');
    await waitFor(() => thread.status().running && thread.threadId !== before, 20_000, 'a new projection worker');
    const after = await interact(id, 'after the restart');
    const body = (await view(id, after.body.position)).body;
    expect(body.interactions.countsByChannel).toEqual({ phone: 3 });
    expect(body.interactions.recent.map((i: { subject: string }) => i.subject).sort()).toEqual(['after the restart', 'before the crash', 'while the worker was down']);
    expect(during.body.position).toBeLessThan(after.body.position);
  });

  it('follows a blue/green rebuild made outside the worker: what is registered after it is read from the new collection', async () => {
    const before = thread.status().projections.find((p) => p.name === 'customer-360')!.collection;
    const rebuilt = await t.infrastructure.runner.rebuild('customer-360');
    const created = await register('Inès Moreau');
    expect((await view(created.body.id, created.body.position)).body.name).toBe('Inès Moreau');
    expect(rebuilt.previousCollection).toBe(before);
    expect(thread.status().projections.find((p) => p.name === 'customer-360')!.collection).toBe(rebuilt.collection);
  });

  it('reports every projection as running and caught up in health and metrics', async () => {
    const head = await t.infrastructure.eventStore.headPosition();
    await t.infrastructure.positions.waitForPosition(head, 10_000);
    const ready = (await t.http().get('/health/ready').expect(200)).body;
    expect(ready.projections.running).toBe(true);
    expect(ready.projections.projections.every((p: { position: number }) => p.position >= head)).toBe(true);
    const metrics = (await t.http().get('/metrics').expect(200)).text;
    expect(metrics).toContain(`crm_projection_position{projection="customer-360"} ${head}`);
  });
});

describe('the projection thread at a lower priority (as crm import runs it)', () => {
  const onLinux = process.platform === 'linux' ? it : it.skip;
  /** Nice value of each thread of this process (field 19 of /proc/<pid>/task/<tid>/stat). */
  const niceByThread = () => new Map(readdirSync('/proc/self/task').map((tid) => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    return [Number(tid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])];
  }));

  onLinux('lowers the projection thread alone, the request loop keeps its priority', async () => {
    const before = niceByThread();
    const t = await startTestApp({ CRM_PROJECTION_THREAD_NICE: '7' });
    try {
      await waitFor(() => [...niceByThread()].some(([tid, nice]) => nice === 7 && !before.has(tid)), 10_000, 'a projection thread at nice 7');
      expect(niceByThread().get(process.pid)).toBe(before.get(process.pid));
      const created = await t.http().post('/v1/customers').set(t.auth).send({ kind: 'person', name: 'Zoé Lefèvre', country: 'FR' }).expect(201);
      const view = await t.http().get(`/v1/customers/${created.body.id}`).set(t.auth).set('X-Min-Position', String(created.body.position)).expect(200);
      expect(view.body.name).toBe('Zoé Lefèvre');
    } finally {
      await t.close();
    }
  });
});
