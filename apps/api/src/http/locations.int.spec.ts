import { ROUTE_RULES } from '../auth/permissions';
import { createEverything, Created } from '../testing/create-everything';
import { startTestApp, TestApp } from '../testing/test-app';

describe('every Location a create answers can be read back', () => {
  let t: TestApp;
  let created: Created;

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
    ['/v1/campaigns', 'campaignId'], ['/v1/notices', 'noticeId'],
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
