import { startTestApp, TestApp } from '../testing/test-app';
import { newYorkPolicy } from '../service/service-test-helpers';

/**
 * Bottler A → distributor A1 → retailer A1r, and bottler B. Each of A, A1r and B has one customer
 * (A1r's in Germany, the others in Iran) with a lead, a deal, a case and an NPS answer, each with
 * its own amount or score so every figure says whose records it counted.
 */
describe('analytics per partner subtree and per country', () => {
  let t: TestApp;
  const p: Record<string, string> = {};
  let a1: Record<string, string>;
  const head = async () => String(await t.infrastructure.eventStore.headPosition());
  const get = async (path: string, auth: Record<string, string> = t.auth) => t.http().get(path).set(auth).set('x-min-position', await head());
  const post = async (path: string, body: object) => {
    const res = await t.http().post(path).set(t.auth).send(body);
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const AMOUNT: Record<string, string> = { A: '100.00', A1r: '20.00', B: '3.00' };
  const SCORE: Record<string, number> = { A: 10, A1r: 0, B: 7 };

  beforeAll(async () => {
    t = await startTestApp({ CRM_RATE_LIMIT_MAX: '0' });
    const partner = async (name: string, kind: string, parentId?: string) => (await post('/v1/partners', { name, kind, countries: ['IR', 'DE'], ...(parentId ? { parentId } : {}) })).id as string;
    p.A = await partner('Bottler A', 'bottler');
    p.A1 = await partner('Distributor A1', 'distributor', p.A);
    p.A1r = await partner('Retailer A1r', 'retailer', p.A1);
    p.B = await partner('Bottler B', 'bottler');
    const pipeline = await post('/v1/pipelines', { name: 'Retail', stages: [{ name: 'Qualify', probability: '0.5' }, { name: 'Commit', probability: '0.9' }] });
    const policy = await post('/v1/sla-policies', newYorkPolicy);
    for (const name of ['A', 'A1r', 'B']) {
      const country = name === 'A1r' ? 'DE' : 'IR';
      const customer = await post('/v1/customers', { kind: 'organization', name: `Customer ${name}`, partnerId: p[name], country });
      await post('/v1/leads', { name: `Lead ${name}`, email: `lead.${name.toLowerCase()}@example.com`, source: 'web', partnerId: p[name], country, occurredAt: '2026-01-05T10:00:00Z' });
      await post('/v1/opportunities', { customerId: customer.id, pipelineId: pipeline.id, name: `Deal ${name}`, amount: { amount: AMOUNT[name], currency: 'EUR' }, expectedCloseDate: '2026-04-15', occurredAt: '2026-01-10T00:00:00Z' });
      await post('/v1/cases', { customerId: customer.id, slaPolicyId: policy.id, subject: `Case ${name}`, priority: 'high', channel: 'email', occurredAt: '2026-03-06T16:00:00-05:00' });
      await post('/v1/feedback', { customerId: customer.id, kind: 'nps', score: SCORE[name], occurredAt: '2026-03-07T10:00:00Z' });
    }
    a1 = { authorization: `Bearer ${(await post('/v1/api-keys', { role: 'partner', name: 'A1 portal', partnerId: p.A1 })).key}` };
  });
  afterAll(() => t.close());

  const pipelineTotal = async (query: string, auth?: Record<string, string>) => (await get(`/v1/analytics/pipeline?asOf=2026-02-01T00:00:00Z${query}`, auth)).body.totals.raw.byCurrency;
  const npsScores = async (query: string, auth?: Record<string, string>) => (await get(`/v1/analytics/nps?asOf=2026-04-01T00:00:00Z${query}`, auth)).body.overall;

  it('an analyst asks for a bottler and gets its whole subtree: the bottler and the retailer below its distributor, not the other bottler', async () => {
    expect(await pipelineTotal('')).toEqual([{ amount: '123.00', currency: 'EUR' }]);
    expect(await pipelineTotal(`&partnerId=${p.A}`)).toEqual([{ amount: '120.00', currency: 'EUR' }]);
    expect(await pipelineTotal(`&partnerId=${p.A1}`)).toEqual([{ amount: '20.00', currency: 'EUR' }]);
    expect(await npsScores(`&partnerId=${p.A}`)).toMatchObject({ responses: 2, promoters: 1, detractors: 1 });
    expect((await get(`/v1/analytics/service?asOf=2026-04-01T00:00:00Z&partnerId=${p.A}`)).body.overall).toMatchObject({ cases: 2 });
    expect((await get(`/v1/analytics/lead-funnel?asOf=2026-04-01T00:00:00Z&partnerId=${p.A}`)).body.groups).toMatchObject([{ cohort: 2 }]);
  });

  it('an analyst asks per country, alone or within a subtree', async () => {
    expect(await pipelineTotal('&country=ir')).toEqual([{ amount: '103.00', currency: 'EUR' }]);
    expect(await pipelineTotal(`&country=DE&partnerId=${p.A}`)).toEqual([{ amount: '20.00', currency: 'EUR' }]);
    expect(await npsScores('&country=IR')).toMatchObject({ responses: 2, promoters: 1, passives: 1, detractors: 0 });
    expect((await get('/v1/analytics/service?asOf=2026-04-01T00:00:00Z&country=DE')).body.overall).toMatchObject({ cases: 1 });
    expect((await get('/v1/analytics/lead-funnel?asOf=2026-04-01T00:00:00Z&country=DE')).body.groups).toMatchObject([{ cohort: 1 }]);
  });

  it.each([
    ['pipeline', '/v1/analytics/pipeline?asOf=2026-02-01T00:00:00Z'],
    ['forecast', '/v1/analytics/forecast?asOf=2026-02-01T00:00:00Z&from=2026-01-01T00:00:00Z&to=2026-06-01T00:00:00Z'],
    ['win rate', '/v1/analytics/win-rate?asOf=2026-02-01T00:00:00Z'],
    ['lead funnel', '/v1/analytics/lead-funnel?asOf=2026-04-01T00:00:00Z&by=partner'],
    ['service KPIs', '/v1/analytics/service?asOf=2026-04-01T00:00:00Z'],
    ['NPS', '/v1/analytics/nps?asOf=2026-04-01T00:00:00Z'],
  ])("%s: a distributor's key sees its own subtree's figures only, and another subtree answers 404 like an unknown partner", async (_name, path) => {
    const own = await get(path, a1);
    expect(own.status).toBe(200);
    expect(JSON.stringify(own.body)).not.toMatch(new RegExp(`${p.B}|${p.A}"|"100\\.00"|"3\\.00"`));
    expect((await get(`${path}&partnerId=${p.A1r}`, a1)).body).toEqual(own.body); // its retailer is all of its subtree that has records
    const other = await get(`${path}&partnerId=${p.B}`, a1);
    const parent = await get(`${path}&partnerId=${p.A}`, a1);
    const unknown = await get(`${path}&partnerId=0b6f3c1e-6a7d-4e0f-9a41-5d2c7b8e9f10`, a1);
    expect([other.status, parent.status, unknown.status]).toEqual([404, 404, 404]);
    expect(other.body).toEqual({ ...unknown.body, detail: expect.any(String) });
  });

  it("a distributor's key sees its figures: the retailer's deal and answer, nothing more", async () => {
    expect(await pipelineTotal('', a1)).toEqual([{ amount: '20.00', currency: 'EUR' }]);
    expect(await npsScores('', a1)).toMatchObject({ responses: 1, detractors: 1, promoters: 0 });
    expect(await pipelineTotal('&country=IR', a1)).toEqual([]);
  });

  it('lists the cases of a country or a partner subtree, as the service KPIs count them; a partner key gets 404 outside its own', async () => {
    const subjects = async (query: string, auth?: Record<string, string>) =>
      ((await get(`/v1/cases?limit=50${query}`, auth)).body.items as { subject: string }[]).map((c) => c.subject).sort();
    expect(await subjects(`&partnerId=${p.A}`)).toEqual(['Case A', 'Case A1r']);
    expect(await subjects('&country=de')).toEqual(['Case A1r']);
    expect(await subjects(`&country=IR&partnerId=${p.A}`)).toEqual(['Case A']);
    expect(await subjects(`&partnerId=${p.A1r}`, a1)).toEqual(['Case A1r']);
    expect((await get(`/v1/cases?partnerId=${p.B}`, a1)).status).toBe(404);
    expect((await get('/v1/cases?country=XX')).status).toBe(422);
  });

  it('refuses a country that is no ISO 3166-1 code with 422 naming it', async () => {
    const res = await get('/v1/analytics/pipeline?country=XX');
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'country' })]);
  });
});
