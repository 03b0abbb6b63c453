import { startTestApp, TestApp } from '../testing/test-app';
import { newYorkPolicy, serviceSteps } from './service-test-helpers';
import { SlaScheduler } from './sla/sla-scheduler';

describe('service API: SLA policies and cases', () => {
  let t: TestApp;
  let s: ReturnType<typeof serviceSteps>;
  let customerId: string;
  let partnerId: string;
  let policyId: string;
  beforeAll(async () => {
    t = await startTestApp();
    s = serviceSteps(t);
    partnerId = await s.partner();
    customerId = await s.customer({ partnerId });
    policyId = await s.policy();
  });
  afterAll(() => t.close());

  it('opens a case from an email, links the interaction and answers its due times in UTC across the DST change', async () => {
    const res = await t.http().post('/v1/cases').set(t.auth)
      .send({ customerId, slaPolicyId: policyId, subject: 'Remboursement non reçu', priority: 'high', channel: 'email', occurredAt: '2026-03-06T16:00:00-05:00' }).expect(201);
    expect(res.headers.location).toBe(`/v1/cases/${res.body.id}`);
    expect(res.headers.etag).toBe('"0"');
    const view = await s.get(`/v1/cases/${res.body.id}`);
    // Friday 16:00 EST + 1 h of business time: Friday to 17:00, then… nothing; due Friday 17:00. Resolution 8 h: Monday 16:00 EDT.
    expect(view.sla).toMatchObject({ firstResponseDueAt: '2026-03-06T22:00:00.000Z', resolutionDueAt: '2026-03-09T20:00:00.000Z' });
    expect(view).toMatchObject({ status: 'open', subject: 'Remboursement non reçu', customerId, partnerId, country: 'US', channel: 'email' });
    const timeline = await s.get(`/v1/customers/${customerId}/timeline`);
    expect(timeline.items.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['crm.interaction.recorded', 'crm.case.opened']));
    expect(timeline.items.find((e: { type: string }) => e.type === 'crm.interaction.recorded').changes).toMatchObject({ channel: 'email' });
  });

  it('walks a case through assign, respond, pause, resume, resolve, reopen, escalate and close', async () => {
    const caseId = await s.openCase(customerId, policyId, { occurredAt: '2026-03-10T09:00:00-04:00' });
    const step = (path: string, body: object = {}, status = 200) => s.post(`/v1/cases/${caseId}/${path}`, body, status);
    await step('assign', { assignee: 'agent-7' });
    await step('respond', { text: 'Looking into it', occurredAt: '2026-03-10T09:20:00-04:00' });
    await step('pause', { text: 'Asked for the order number', occurredAt: '2026-03-10T10:00:00-04:00' });
    expect((await s.get(`/v1/cases/${caseId}`)).status).toBe('waiting');
    await step('resume', { occurredAt: '2026-03-11T09:00:00-04:00' });
    const resumed = await s.get(`/v1/cases/${caseId}`);
    expect(resumed.sla).toMatchObject({ nextResponseDueAt: '2026-03-11T15:00:00.000Z', resolutionDueAt: '2026-03-11T20:00:00.000Z' });
    await step('resolve', { text: 'Refunded', occurredAt: '2026-03-11T10:00:00-04:00' });
    await step('reopen', { text: 'Refund bounced', occurredAt: '2026-03-12T09:00:00-04:00' });
    await step('escalate', { priority: 'urgent', text: 'VIP', occurredAt: '2026-03-12T09:05:00-04:00' });
    const escalated = await s.get(`/v1/cases/${caseId}`);
    expect(escalated).toMatchObject({ status: 'open', priority: 'urgent', escalationLevel: 1, assignee: 'agent-7', firstResponseMinutes: 20, resolutionMinutes: 120 });
    await step('close', { occurredAt: '2026-03-12T10:00:00-04:00' });
    const refused = await step('respond', {}, 409);
    expect(refused).toMatchObject({ status: 409, type: expect.stringContaining('business-rule') });
  });

  it('answers problem+json: 422 for a calendar that cannot exist, 404 for an unknown policy, case or action', async () => {
    const bad = await t.http().post('/v1/sla-policies').set(t.auth).send({ name: 'x', timeZone: '+03:30', workingHours: { mon: [['17:00', '09:00']] }, targets: { high: { firstResponse: 'P1D' } } }).expect(422);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['timeZone', 'workingHours.mon[0]', 'targets.high.firstResponse']);
    await s.post('/v1/cases', { customerId, slaPolicyId: 'no-such-policy', subject: 'x', priority: 'high', channel: 'web' }, 404);
    await s.post('/v1/cases/no-such-case/respond', {}, 404);
    await s.post(`/v1/cases/${await s.openCase(customerId, policyId)}/teleport`, {}, 404);
    await s.post('/v1/cases', { customerId, slaPolicyId: policyId, subject: 'x', priority: 'critical', channel: 'web' }, 422);
  });

  it('answers the first response again for a repeated Idempotency-Key, writing nothing', async () => {
    const body = { customerId, slaPolicyId: policyId, subject: 'Once', priority: 'high', channel: 'chat' };
    const first = await t.http().post('/v1/cases').set(t.auth).set('Idempotency-Key', 'case-once').send(body).expect(201);
    const again = await t.http().post('/v1/cases').set(t.auth).set('Idempotency-Key', 'case-once').send(body).expect(201);
    expect(again.body).toEqual(first.body);
  });

  it('records a breach once when the scheduler passes the due time, and lists the case as breached', async () => {
    const caseId = await s.openCase(customerId, policyId, { occurredAt: '2026-04-06T09:00:00-04:00', priority: 'urgent' });
    await s.get(`/v1/cases/${caseId}`);
    const scheduler = t.app.get(SlaScheduler);
    await scheduler.sweep(new Date('2026-04-06T13:16:00.000Z'));
    await s.get(`/v1/cases/${caseId}`);
    await scheduler.sweep(new Date('2026-04-06T13:17:00.000Z'));
    // The worker's own clock (real time) may record the resolution clock's deadlines too: look at first response.
    const breaches = (await s.events('crm.case.sla-breached')).filter((e) => e.data.caseId === caseId && e.data.clock === 'firstResponse');
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toMatchObject({ occurredAt: '2026-04-06T13:15:00.000Z', data: { clock: 'firstResponse', dueAt: '2026-04-06T13:15:00.000Z' }, metadata: { actor: 'system:sla-scheduler', source: 'system' } });
    expect((await s.events('crm.case.sla-warning')).filter((e) => e.data.caseId === caseId && e.data.clock === 'firstResponse')).toHaveLength(1);
    const listed = await s.get('/v1/cases?breached=true&status=open&limit=500');
    expect(listed.items.map((c: { caseId: string }) => c.caseId)).toContain(caseId);
    const view = await s.get(`/v1/cases/${caseId}`);
    expect(view.sla).toMatchObject({ breached: true, breachedAt: '2026-04-06T13:15:00.000Z' });
  });

  it('recomputes the clocks of open cases when the calendar is corrected with a forgotten holiday', async () => {
    const own = await s.policy({ name: 'Corrected later' });
    const caseId = await s.openCase(customerId, own, { occurredAt: '2026-05-22T16:00:00-04:00' });
    expect((await s.get(`/v1/cases/${caseId}`)).sla.resolutionDueAt).toBe('2026-05-25T20:00:00.000Z');
    // Memorial Day, Monday 25 May 2026, was forgotten.
    await t.http().put(`/v1/sla-policies/${own}`).set(t.auth).send({ ...newYorkPolicy, name: 'Corrected later', holidays: ['2026-05-25'] }).expect(200);
    await s.get(`/v1/sla-policies/${own}`);
    await t.app.get(SlaScheduler).sweep(new Date());
    const view = await s.get(`/v1/cases/${caseId}`);
    expect(view).toMatchObject({ policyVersion: 2, sla: { resolutionDueAt: '2026-05-26T20:00:00.000Z' } });
  });
});
