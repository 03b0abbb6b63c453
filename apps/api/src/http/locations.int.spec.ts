import { ROUTE_RULES } from '../auth/permissions';
import { serviceSteps } from '../service/service-test-helpers';
import { startTestApp, TestApp } from '../testing/test-app';

/** Creates one of everything that can be created; each answer's Location, keyed by its create route. */
async function createEverything(t: TestApp): Promise<Record<string, { location: string; etag: string }>> {
  const created: Record<string, { location: string; etag: string }> = {};
  const create = async (route: string, path: string, body: object) => {
    const answer = await t.http().post(path).set(t.auth).send(body).expect(201);
    created[route] = { location: answer.headers.location, etag: answer.headers.etag };
    return answer.body.id as string;
  };
  const s = serviceSteps(t);
  const partnerId = await create('POST /v1/partners', '/v1/partners', { name: 'Alborz Bottling', kind: 'bottler' });
  await create('POST /v1/api-keys', '/v1/api-keys', { role: 'viewer', name: 'dashboard' });
  const customerId = await create('POST /v1/customers', '/v1/customers', { kind: 'person', name: 'Parisa Karimi', country: 'IR', partnerId, allowDuplicate: true });
  await create('POST /v1/customers/:id/contact-points', `/v1/customers/${customerId}/contact-points`, { type: 'email', value: 'parisa@example.ir' });
  await create('POST /v1/customers/:id/interactions', `/v1/customers/${customerId}/interactions`, { channel: 'phone', direction: 'inbound', subject: 'Order status' });
  await create('POST /v1/leads', '/v1/leads', { name: 'Dariush Amini', email: 'dariush@example.ir', source: 'web' });
  const pipelineId = await create('POST /v1/pipelines', '/v1/pipelines', { name: 'Beverages', stages: [{ name: 'Qualify', probability: 0.2 }, { name: 'Won', probability: 1 }] });
  await create('POST /v1/opportunities', '/v1/opportunities', { customerId, pipelineId, name: 'Juice line', amount: { amount: '1000', currency: 'EUR' }, expectedCloseDate: '2026-12-01' });
  await create('POST /v1/fx-rates', '/v1/fx-rates', { base: 'eur', quote: 'usd', rate: '1.1', effectiveAt: '2026-01-01T00:00:00Z' });
  const slaPolicyId = await create('POST /v1/sla-policies', '/v1/sla-policies', (await import('../service/service-test-helpers')).newYorkPolicy);
  const caseId = await create('POST /v1/cases', '/v1/cases', { customerId, slaPolicyId, subject: 'Late delivery', priority: 'high', channel: 'email' });
  await create('POST /v1/feedback', '/v1/feedback', { customerId, caseId, kind: 'csat', score: 4 });
  await create('POST /v1/tasks', '/v1/tasks', { title: 'Call back', customerId, caseId });
  await create('POST /v1/automation-rules', '/v1/automation-rules', { name: 'Escalate breaches', on: 'crm.case.sla-breached', action: { kind: 'escalate', priority: 'urgent' } });
  await s.get('/v1/events'); // the read models have caught up
  return created;
}

describe('every Location a create answers can be read back', () => {
  let t: TestApp;
  let created: Record<string, { location: string; etag: string }>;

  beforeAll(async () => {
    t = await startTestApp({ CRM_RATE_LIMIT_MAX: '0' });
    created = await createEverything(t);
  });
  afterAll(() => t.close());

  it('creates through every create route of the API (each POST answering 201 with a Location)', () => {
    // Every POST route without a path parameter creates, plus the two that add to a customer.
    const creates = Object.keys(ROUTE_RULES).filter((route) => route.startsWith('POST ') && (!route.includes(':') || /contact-points$|interactions$/.test(route)))
      .filter((route) => !['POST /v1/imports'].includes(route));
    expect(Object.keys(created).sort()).toEqual(creates.sort());
  });

  it('answers 200 with the created entity on a GET of every Location', async () => {
    const failures: string[] = [];
    for (const [route, { location }] of Object.entries(created)) {
      const answer = await t.http().get(location).set(t.auth);
      if (answer.status !== 200) failures.push(`${route} → ${location}: ${answer.status} ${answer.body?.detail ?? ''}`);
    }
    expect(failures).toEqual([]);
  });

  it.each([
    ['/v1/leads?status=open', 'leadId'], ['/v1/opportunities?status=open', 'opportunityId'], ['/v1/pipelines', 'pipelineId'],
    ['/v1/sla-policies', 'slaPolicyId'], ['/v1/cases?status=open', 'caseId'], ['/v1/tasks?status=open', 'taskId'], ['/v1/feedback?kind=csat', 'feedbackId'],
    ['/v1/partners', 'partnerId'], ['/v1/api-keys', 'keyId'], ['/v1/fx-rates?base=EUR&quote=USD', 'fxRateId'],
  ])('lists %s as { items, nextCursor } and pages on with the cursor', async (path, idField) => {
    const first = await t.http().get(`${path}${path.includes('?') ? '&' : '?'}limit=1`).set(t.auth).expect(200);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.items[0][idField]).toEqual(expect.any(String));
    expect(first.body).toHaveProperty('nextCursor');
    if (first.body.nextCursor) {
      const next = await t.http().get(`${path}${path.includes('?') ? '&' : '?'}limit=500&cursor=${first.body.nextCursor}`).set(t.auth).expect(200);
      expect(next.body.items.map((item: Record<string, string>) => item[idField])).not.toContain(first.body.items[0][idField]);
    }
  });

  it('refuses a list limit above 500 naming the query parameter', async () => {
    const answer = await t.http().get('/v1/leads?limit=501').set(t.auth).expect(400);
    expect(answer.body).toMatchObject({ detail: 'the query parameters are not valid', errors: [expect.objectContaining({ field: 'limit' })] });
  });

  it('answers a lead list filtered by status without leads of another status', async () => {
    expect((await t.http().get('/v1/leads?status=converted').set(t.auth).expect(200)).body.items).toEqual([]);
  });
});
