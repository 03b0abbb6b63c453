import { serviceSteps } from '../service/service-test-helpers';
import { startTestApp, TestApp } from '../testing/test-app';

type Entry = { subjectId: string; actor: string; kind: string; route: string };

describe('the access log records reads of leads, cases and tasks; the analyst reads facts only', () => {
  let t: TestApp;
  let s: ReturnType<typeof serviceSteps>;
  const keys: Record<string, { id: string; auth: Record<string, string> }> = {};
  let customerId: string;
  let leadId: string;
  let caseId: string;
  let taskId: string;

  const entries = async (query: string): Promise<Entry[]> =>
    (await t.http().get(`/v1/compliance/access-log?${query}`).set(t.auth).set('X-Min-Position', String(await s.head())).expect(200)).body.items;
  const readAs = async (who: string, path: string) =>
    (await t.http().get(path).set(keys[who].auth).set('X-Min-Position', String(await s.head())).expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp();
    s = serviceSteps(t);
    for (const [name, role] of [['vera', 'viewer'], ['anton', 'analyst']]) {
      const created = await s.post('/v1/api-keys', { role, name });
      keys[name] = { id: created.id, auth: { authorization: `Bearer ${created.key}` } };
    }
    customerId = await s.customer({ name: 'Ottoline Marsh' });
    caseId = await s.openCase(customerId, await s.policy(), { subject: 'Ottoline cannot log in' });
    taskId = (await s.post('/v1/tasks', { title: 'Call Ottoline', customerId })).id;
    leadId = (await s.post('/v1/leads', { name: 'Perpetua Vane', email: 'perpetua@example.org', phone: '+44 20 7946 0958', company: 'Vane & Co', source: 'web' })).id;
  });
  afterAll(() => t.close());

  it("records a viewer's reads of a lead, a case, the case list, a task and the task list, for the subjects shown", async () => {
    expect(await readAs('vera', `/v1/leads/${leadId}`)).toMatchObject({ name: 'Perpetua Vane' });
    await readAs('vera', `/v1/cases/${caseId}`);
    await readAs('vera', `/v1/cases?customerId=${customerId}`);
    await readAs('vera', `/v1/tasks/${taskId}`);
    await readAs('vera', `/v1/tasks?customerId=${customerId}`);
    const byVera = await entries(`actorId=${keys.vera.id}`);
    expect(byVera.map((e) => [e.kind, e.subjectId])).toEqual([
      ['lead.view', leadId], ['case.view', customerId], ['case.list', customerId], ['task.view', customerId], ['task.list', customerId],
    ]);
    expect(byVera[0].route).toBe('GET /v1/leads/:id');
    expect((await entries(`subjectId=${leadId}`)).map((e) => e.kind)).toEqual(['lead.view']);
  });

  it("answers an analyst's lead, case and task reads with the facts and no personal field, and records nothing", async () => {
    const lead = await readAs('anton', `/v1/leads/${leadId}`);
    expect(lead).toMatchObject({ leadId, name: null, email: null, phone: null, company: null, source: 'web', stage: 'lead', personalRedacted: true });
    const cases = await readAs('anton', `/v1/cases?customerId=${customerId}`);
    expect(cases.items).toEqual([expect.objectContaining({ caseId, subject: null, priority: 'high', personalRedacted: true })]);
    expect(await readAs('anton', `/v1/tasks/${taskId}`)).toMatchObject({ title: null, description: null, status: 'open' });
    expect(JSON.stringify([lead, cases])).not.toMatch(/Perpetua|Vane|Ottoline/);
    expect(await entries(`actorId=${keys.anton.id}`)).toEqual([]);
  });

  it("records a viewer's reads of the lead list, a feedback, the feedback list and a contact point; an analyst's feedback comes without its comment", async () => {
    const feedbackId = (await s.post('/v1/feedback', { customerId, kind: 'nps', score: 3, comment: 'Ottoline waited a week' })).id;
    const contactPointId = (await s.post(`/v1/customers/${customerId}/contact-points`, { type: 'email', value: 'ottoline@example.org' })).contactPointId;
    expect((await readAs('vera', `/v1/leads?limit=500`)).items).toEqual(expect.arrayContaining([expect.objectContaining({ leadId, name: 'Perpetua Vane' })]));
    expect(await readAs('vera', `/v1/feedback/${feedbackId}`)).toMatchObject({ feedbackId, comment: 'Ottoline waited a week' });
    await readAs('vera', `/v1/feedback?customerId=${customerId}`);
    expect(await readAs('vera', `/v1/customers/${customerId}/contact-points/${contactPointId}`)).toMatchObject({ type: 'email', value: 'ottoline@example.org' });
    const kinds = (await entries(`actorId=${keys.vera.id}`)).map((e) => [e.kind, e.subjectId]);
    expect(kinds).toEqual(expect.arrayContaining([['lead.list', leadId], ['feedback.view', customerId], ['feedback.list', customerId], ['customer.contact-point', customerId]]));
    const before = (await entries(`actorId=${keys.anton.id}`)).length;
    expect(await readAs('anton', `/v1/feedback/${feedbackId}`)).toMatchObject({ feedbackId, score: 3, comment: null, personalRedacted: true });
    expect(await entries(`actorId=${keys.anton.id}`)).toHaveLength(before);
  });

  it('records nothing for a read that found nothing, and nothing for an empty page', async () => {
    const before = (await entries(`actorId=${keys.vera.id}`)).length;
    await t.http().get('/v1/leads/0b6f3c1e-6a7d-4e0f-9a41-5d2c7b8e9f10').set(keys.vera.auth).expect(404);
    expect((await readAs('vera', '/v1/cases?customerId=0b6f3c1e-6a7d-4e0f-9a41-5d2c7b8e9f10')).items).toEqual([]);
    expect(await entries(`actorId=${keys.vera.id}`)).toHaveLength(before);
  });
});
