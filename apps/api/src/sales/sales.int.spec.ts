import { startTestApp, TestApp } from '../testing/test-app';

describe('sales over HTTP (real app, temporary embedded store)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ CRM_MIN_POSITION_WAIT_MS: '3000' });
  });
  afterAll(() => t.close());

  const post = (path: string, body: object) => t.http().post(path).set(t.auth).send(body);
  const get = (path: string, position: number) => t.http().get(path).set(t.auth).set('X-Min-Position', String(position));
  let pipelineId: string;

  beforeAll(async () => {
    const res = await post('/v1/pipelines', { name: 'Iran beverages', stages: [{ name: 'Qualify', probability: 0.1 }, { name: 'Proposal', probability: 0.5 }] }).expect(201);
    pipelineId = res.body.id;
  });

  it('captures a lead, qualifies it by score under the published model and explains the score', async () => {
    await t.http().put('/v1/lead-scoring-model').set(t.auth)
      .send({ fit: [{ attribute: 'industry', in: ['hospitality'], points: 20 }], engagement: { demo_request: 30 }, halfLifeDays: 30, thresholds: { mql: 40 } }).expect(200);
    const lead = await post('/v1/leads', { name: 'رضا کریمی', email: 'reza@cafe.example', country: 'IR', source: 'webinar', industry: 'hospitality' }).expect(201);
    expect(lead.headers.location).toBe(`/v1/leads/${lead.body.id}`);
    const signal = await post(`/v1/leads/${lead.body.id}/signals`, { kind: 'demo_request' }).expect(200);
    const view = await get(`/v1/leads/${lead.body.id}`, signal.body.position).expect(200);
    expect(view.body).toMatchObject({ name: 'رضا کریمی', stage: 'mql', qualifiedByScore: { modelVersion: 1 } });
    expect(view.body.score).toMatchObject({ modelVersion: 1, fit: 20, contributions: [{ source: 'fit', key: 'industry', points: 20 }, { source: 'engagement', key: 'demo_request', count: 1 }] });
    expect(view.body.score.score).toBeGreaterThanOrEqual(49.99);
  });

  it('publishes the same model again as no new version, and refuses a model on an unknown signal with 422', async () => {
    const model = { fit: [{ attribute: 'industry', in: ['hospitality'], points: 20 }], engagement: { demo_request: 30 }, halfLifeDays: 30, thresholds: { mql: 40 } };
    expect((await t.http().put('/v1/lead-scoring-model').set(t.auth).send(model).expect(200)).body.version).toBe(1);
    const bad = await t.http().put('/v1/lead-scoring-model').set(t.auth).send({ ...model, engagement: { telepathy: 1 } }).expect(422);
    expect(bad.body.errors[0].field).toBe('engagement.telepathy');
  });

  it('converts a lead to the customer who already has its email, without creating a duplicate, and opens the opportunity', async () => {
    const customer = await post('/v1/customers', { kind: 'person', name: 'Maryam Rezaei', emails: ['maryam@example.ir'], country: 'IR' }).expect(201);
    const lead = await post('/v1/leads', { name: 'Maryam R.', email: 'MARYAM@Example.IR', source: 'event' }).expect(201);
    const converted = await post(`/v1/leads/${lead.body.id}/convert`, {
      opportunity: { pipelineId, name: 'Vending machines', amount: { amount: '2500.5', currency: 'EUR' }, expectedCloseDate: '2026-09-30' },
    }).expect(200);
    expect(converted.body).toMatchObject({ id: lead.body.id, customerId: customer.body.id, matchedExisting: true, opportunityId: expect.any(String) });

    const again = await post(`/v1/leads/${lead.body.id}/convert`, {}).expect(200);
    expect(again.body.customerId).toBe(customer.body.id);
    const found = await get('/v1/customers?email=maryam@example.ir', again.body.position).expect(200);
    expect(found.body.items).toHaveLength(1);

    const view = await get(`/v1/customers/${customer.body.id}`, converted.body.position).expect(200);
    expect(view.body.sales).toMatchObject({ lifecycleStage: 'opportunity', leadIds: [lead.body.id],
      openOpportunities: [{ opportunityId: converted.body.opportunityId, stage: 'Qualify', probability: '0.1', amount: { amount: '2500.50', currency: 'EUR' } }] });
    expect(view.body.sales.leadScore).toMatchObject({ modelVersion: 1 });
  });

  it('registers one new customer for a lead that matches nobody', async () => {
    const lead = await post('/v1/leads', { name: 'Li Wei', phone: '+86 138 0013 8000', source: 'web' }).expect(201);
    const converted = await post(`/v1/leads/${lead.body.id}/convert`, {}).expect(200);
    expect(converted.body.matchedExisting).toBe(false);
    const view = await get(`/v1/customers/${converted.body.customerId}`, converted.body.position).expect(200);
    expect(view.body).toMatchObject({ name: 'Li Wei', phones: ['+8613800138000'], sales: { lifecycleStage: 'lead' } });
  });

  it('tracks stages and outcome of an opportunity, and the customer becomes a customer when it is won', async () => {
    const customer = await post('/v1/customers', { kind: 'organization', name: '東京ボトリング' }).expect(201);
    const opp = await post('/v1/opportunities', { customerId: customer.body.id, pipelineId, name: 'Tea line', amount: { amount: 120000, currency: 'JPY' }, expectedCloseDate: '2026-12-01',
      occurredAt: '2026-01-01T00:00:00Z' }).expect(201);
    await post(`/v1/opportunities/${opp.body.id}/stage`, { stage: 'Proposal', occurredAt: '2026-01-11T00:00:00Z' }).expect(200);
    await post(`/v1/opportunities/${opp.body.id}/stage`, { stage: 'Nowhere' }).expect(422);
    const won = await post(`/v1/opportunities/${opp.body.id}/won`, { occurredAt: '2026-01-15T00:00:00Z' }).expect(200);
    await post(`/v1/opportunities/${opp.body.id}/lost`, { reason: 'changed mind' }).expect(409);
    const view = await get(`/v1/opportunities/${opp.body.id}`, won.body.position).expect(200);
    expect(view.body).toMatchObject({ status: 'won', amount: { amount: '120000', currency: 'JPY' } });
    expect(view.body.history.map((v: { stage: string; durationMs: number }) => [v.stage, v.durationMs / 86_400_000])).toEqual([['Qualify', 10], ['Proposal', 4]]);
    const c = await get(`/v1/customers/${customer.body.id}`, won.body.position).expect(200);
    expect(c.body.sales).toMatchObject({ lifecycleStage: 'customer', openOpportunities: [] });
  });

  it('answers 404 for an opportunity of an unknown customer and for an unknown lead', async () => {
    await post('/v1/opportunities', { customerId: 'nobody', pipelineId, name: 'x', amount: { amount: '1', currency: 'EUR' }, expectedCloseDate: '2026-01-01' }).expect(404);
    await post('/v1/leads/nobody/signals', { kind: 'call' }).expect(404);
  });
});
