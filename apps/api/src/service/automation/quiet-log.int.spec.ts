import { SEGMENT_CHECKPOINTS, SegmentMembershipJob } from '../../marketing/segments/segment-membership.job';
import { startTestApp, TestApp } from '../../testing/test-app';
import { serviceSteps } from '../service-test-helpers';
import { AUTOMATION_CHECKPOINTS, AutomationRunner } from './automation-runner';

/**
 * A log no rule or segment can act on (an import before any rule or segment exists) is passed in
 * one step by the log walkers of the worker, not batch by batch on the request loop; what they
 * must still do afterwards, they do.
 */
describe('log walkers pass what nothing can act on in one step', () => {
  let t: TestApp;
  let s: ReturnType<typeof serviceSteps>;
  const noFence = async () => undefined;
  const head = () => t.infrastructure.eventStore.headPosition();
  const checkpoint = async (collection: string) => (await t.infrastructure.documentStore.collection(collection).find({}))[0]?._position;

  beforeAll(async () => {
    t = await startTestApp({ CRM_WORKER: 'off' });
    s = serviceSteps(t);
  });
  afterAll(() => t.close());

  it('moves the automation checkpoint to the head when no rule exists, then still acts on the first rule', async () => {
    for (let i = 0; i < 25; i++) await s.customer({ name: `Imported ${i}`, country: 'IR' });
    const runner = t.app.get(AutomationRunner);
    await runner.runOnce(10, noFence);
    expect(await checkpoint(AUTOMATION_CHECKPOINTS)).toBe(await head());

    const rule = await s.post('/v1/automation-rules', { name: 'Call detractors', on: 'crm.feedback.recorded', condition: { 'data.score': { $lte: 6 } }, action: { kind: 'create-task', title: 'Call back', dueIn: 'PT4H' } });
    const customerId = await s.customer();
    for (let i = 0; i < 15; i++) await s.customer({ name: `Later ${i}` });
    await s.post('/v1/feedback', { customerId, kind: 'nps', score: 2 });
    await s.get('/v1/tasks?limit=1');
    while ((await runner.runOnce(10, noFence)) > 0 || (await checkpoint(AUTOMATION_CHECKPOINTS)) < (await head()));
    const tasks = (await s.get(`/v1/tasks?customerId=${customerId}`)).items;
    expect(tasks).toEqual([expect.objectContaining({ title: 'Call back', ruleId: rule.id })]);
  });

  it('moves the segment checkpoint to the head when no segment exists, and a segment defined later still gets its members', async () => {
    const job = t.app.get(SegmentMembershipJob);
    await job.runBatch(noFence, 10);
    expect(await checkpoint(SEGMENT_CHECKPOINTS)).toBe(await head());

    const segment = await s.post('/v1/segments', { name: 'Imported', rule: { all: [{ field: 'country', op: 'eq', value: 'IR' }] } });
    while ((await job.runBatch(noFence, 10)) > 0);
    const members = await s.get(`/v1/segments/${segment.id}/members?limit=100`);
    expect(members.items).toHaveLength(25);
  });
});
