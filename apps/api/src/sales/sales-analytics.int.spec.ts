import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NewEvent } from '../../../../libs/event-store/envelope';
import { loadConfig } from '../config/config';
import { openInfrastructure } from '../infrastructure/infrastructure';
import { ADMIN_KEY, startTestApp, TestApp } from '../testing/test-app';

const meta = { actor: 'import', correlationId: 'history-2023', source: 'import' as const };
let seq = 0;
const event = (type: string, data: Record<string, unknown>, occurredAt: string, personal?: Record<string, unknown>): NewEvent =>
  ({ eventId: `hist-${++seq}`, type, schemaVersion: 1, data, ...(personal ? { personal } : {}), occurredAt, metadata: meta,
    subjectId: String(data.customerId ?? data.leadId) });

/** A 2023 history recorded long before anyone thought of this funnel (or ran this app version). */
async function recordHistory(dataDir: string): Promise<void> {
  const infrastructure = await openInfrastructure(loadConfig({ CRM_DATA_DIR: dataDir, CRM_BOOTSTRAP_KEY: ADMIN_KEY, PORT: '0' }));
  const lead = (id: string, campaignId: string, at: string) => event('crm.lead.captured', { leadId: id, stage: 'lead', source: 'web', campaignId }, at, { name: `Lead ${id}`, email: `${id}@example.com` });
  const sql = (id: string, at: string) => event('crm.lead.qualified', { leadId: id, level: 'sql', by: 'user' }, at);
  const streams: [string, NewEvent[]][] = [
    ['lead-h1', [lead('h1', 'spring', '2023-03-01T00:00:00Z'), sql('h1', '2023-03-11T00:00:00Z'),
      event('crm.lead.converted', { leadId: 'h1', customerId: 'hc1', matchedExisting: false, opportunityId: 'ho1', stage: 'opportunity' }, '2023-03-12T00:00:00Z')]],
    ['opportunity-ho1', [
      event('crm.opportunity.created', { opportunityId: 'ho1', customerId: 'hc1', pipelineId: 'hp', leadId: 'h1', name: 'Old deal', amount: { amount: '10.00', currency: 'EUR' },
        expectedCloseDate: '2023-06-01', stage: 'Qualify', probability: '0.1' }, '2023-03-12T00:00:00Z'),
      event('crm.opportunity.won', { opportunityId: 'ho1', customerId: 'hc1', pipelineId: 'hp', leadId: 'h1', amount: { amount: '10.00', currency: 'EUR' } }, '2023-04-11T00:00:00Z')]],
    ['lead-h2', [lead('h2', 'spring', '2023-03-02T00:00:00Z'), sql('h2', '2023-03-22T00:00:00Z')]],
    ['lead-h3', [lead('h3', 'autumn', '2023-09-01T00:00:00Z')]],
    ['lead-h4', [lead('h4', 'spring', '2024-02-01T00:00:00Z')]],
  ];
  for (const [stream, events] of streams) await infrastructure.eventStore.append(stream, events, 'no-stream');
  await infrastructure.close();
}

describe('sales analytics over HTTP', () => {
  let t: TestApp;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'crm-sales-history-'));
    await recordHistory(dataDir);
    t = await startTestApp({ CRM_DATA_DIR: dataDir, CRM_MIN_POSITION_WAIT_MS: '5000' });
  });
  afterAll(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const post = (path: string, body: object) => t.http().post(path).set(t.auth).send(body);
  const get = async (path: string, status = 200) =>
    t.http().get(path).set(t.auth).set('X-Min-Position', String(await t.infrastructure.eventStore.headPosition())).expect(status);

  it('computes a funnel defined today correctly over events recorded before it existed', async () => {
    const res = await get('/v1/analytics/lead-funnel?stages=lead,sql,customer&by=campaign&from=2023-01-01T00:00:00Z&to=2024-01-01T00:00:00Z');
    expect(res.body.groups).toEqual([
      { group: 'autumn', cohort: 1, disqualified: 0, steps: [
        { stage: 'lead', count: 1, conversionFromPrevious: null, conversionFromFirst: 1, averageDaysFromPrevious: null },
        { stage: 'sql', count: 0, conversionFromPrevious: 0, conversionFromFirst: 0, averageDaysFromPrevious: null },
        { stage: 'customer', count: 0, conversionFromPrevious: null, conversionFromFirst: 0, averageDaysFromPrevious: null }] },
      { group: 'spring', cohort: 2, disqualified: 0, steps: [
        { stage: 'lead', count: 2, conversionFromPrevious: null, conversionFromFirst: 1, averageDaysFromPrevious: null },
        { stage: 'sql', count: 2, conversionFromPrevious: 1, conversionFromFirst: 1, averageDaysFromPrevious: 15 },
        { stage: 'customer', count: 1, conversionFromPrevious: 0.5, conversionFromFirst: 0.5, averageDaysFromPrevious: 31 }] },
    ]);
    const asOfMarch = await get('/v1/analytics/lead-funnel?stages=lead,sql,customer&from=2023-01-01T00:00:00Z&asOf=2023-03-15T00:00:00Z');
    expect(asOfMarch.body.groups[0].steps.map((s: { count: number }) => s.count)).toEqual([2, 1, 0]);
  });

  it('refuses a funnel step that is no lifecycle stage', async () => {
    const res = await get('/v1/analytics/lead-funnel?stages=lead,dreaming', 422);
    expect(res.body.errors[0].field).toBe('stages');
  });

  it('changes the ranking as expected when all leads are re-scored under a new model', async () => {
    const engagementFirst = { fit: [{ attribute: 'industry', in: ['hospitality'], points: 5 }], engagement: { demo_request: 30, web_visit: 1 }, halfLifeDays: 365 };
    const fitFirst = { fit: [{ attribute: 'industry', in: ['hospitality'], points: 50 }, { attribute: 'companySize', atLeast: 200, points: 30 }],
      engagement: { demo_request: 5, web_visit: 1 }, halfLifeDays: 365 };
    const v1 = await t.http().put('/v1/lead-scoring-model').set(t.auth).send(engagementFirst).expect(200);
    const fit = await post('/v1/leads', { name: 'Grand Hotel Group', email: 'buyer@grand.example', source: 'partner', industry: 'hospitality', companySize: 800, occurredAt: '2026-01-01T00:00:00Z' }).expect(201);
    const busy = await post('/v1/leads', { name: 'Corner Shop', email: 'owner@corner.example', source: 'web', industry: 'retail', companySize: 3, occurredAt: '2026-01-01T00:00:00Z' }).expect(201);
    await post(`/v1/leads/${fit.body.id}/signals`, { kind: 'web_visit', occurredAt: '2026-01-05T00:00:00Z' }).expect(200);
    for (const day of ['01', '02', '03']) await post(`/v1/leads/${busy.body.id}/signals`, { kind: 'demo_request', occurredAt: `2026-01-${day}T00:00:00Z` }).expect(200);
    const v2 = await t.http().put('/v1/lead-scoring-model').set(t.auth).send(fitFirst).expect(200);
    expect([v1.body.version, v2.body.version]).toEqual([1, 2]);

    const asOf = '2026-01-10T00:00:00Z';
    const under1 = await get(`/v1/analytics/lead-scores?modelVersion=1&asOf=${asOf}&limit=2`);
    const under2 = await get(`/v1/analytics/lead-scores?asOf=${asOf}&limit=2`);
    expect(under1.body.items.map((i: { leadId: string }) => i.leadId)).toEqual([busy.body.id, fit.body.id]);
    expect(under2.body).toMatchObject({ modelVersion: 2, items: [{ leadId: fit.body.id, rank: 1 }, { leadId: busy.body.id, rank: 2 }] });
    expect(under2.body.items[0].score.contributions).toEqual(expect.arrayContaining([{ source: 'fit', key: 'companySize', value: 800, points: 30 }]));

    const compare = await get(`/v1/analytics/lead-scores/compare?modelA=1&modelB=2&asOf=${asOf}&limit=2`);
    expect(compare.body).toMatchObject({ modelA: 1, modelB: 2, topOverlap: 2 });
    expect(compare.body.items).toEqual(expect.arrayContaining([
      expect.objectContaining({ leadId: fit.body.id, rankA: 2, rankB: 1, rankChange: 1 }),
      expect.objectContaining({ leadId: busy.body.id, rankA: 1, rankB: 2, rankChange: -1 }),
    ]));
  });

  it('converts pipeline, forecast and win rate with the FX rate in force at the date asked, reproducibly', async () => {
    const pipeline = await post('/v1/pipelines', { name: 'Export', stages: [{ name: 'Qualify', probability: '0.25' }, { name: 'Commit', probability: '0.9' }] }).expect(201);
    const customer = await post('/v1/customers', { kind: 'organization', name: 'Hamburg Getränke GmbH' }).expect(201);
    await post('/v1/fx-rates', { base: 'EUR', quote: 'USD', rate: '1.25', effectiveAt: '2026-01-01T00:00:00Z' }).expect(201);
    await post('/v1/fx-rates', { base: 'EUR', quote: 'USD', rate: '2', effectiveAt: '2026-03-01T00:00:00Z' }).expect(201);
    const deal = (amount: object, at: string) => post('/v1/opportunities', { customerId: customer.body.id, pipelineId: pipeline.body.id, name: 'Deal', amount, expectedCloseDate: '2026-04-15', occurredAt: at });
    const eur = await deal({ amount: '1000', currency: 'EUR' }, '2026-01-10T00:00:00Z').expect(201);
    await deal({ amount: '500.00', currency: 'USD' }, '2026-01-11T00:00:00Z').expect(201);
    await post(`/v1/opportunities/${eur.body.id}/won`, { occurredAt: '2026-02-10T00:00:00Z' }).expect(200);

    const q = `currency=EUR&pipelineId=${pipeline.body.id}`;
    const jan = await get(`/v1/analytics/pipeline?${q}&asOf=2026-01-20T00:00:00Z`);
    expect(jan.body.totals).toMatchObject({ count: 2, raw: { total: { amount: '1400.00', currency: 'EUR' } }, weighted: { total: { amount: '350.00', currency: 'EUR' } } });
    const march = await get(`/v1/analytics/pipeline?${q}&asOf=2026-03-05T00:00:00Z`);
    expect(march.body.totals).toMatchObject({ count: 1, raw: { byCurrency: [{ amount: '500.00', currency: 'USD' }], total: { amount: '250.00', currency: 'EUR' } } });
    expect(march.body.fx.rates).toEqual([{ base: 'EUR', quote: 'USD', rate: '2', effectiveAt: '2026-03-01T00:00:00.000Z', inverted: true }]);

    const forecast = await get(`/v1/analytics/forecast?${q}&from=2026-02-01T00:00:00Z&to=2026-05-01T00:00:00Z&asOf=2026-03-05T00:00:00Z`);
    expect(forecast.body.totals).toMatchObject({ won: { total: { amount: '1000.00', currency: 'EUR' } }, weighted: { total: { amount: '62.50', currency: 'EUR' } },
      forecast: { total: { amount: '1062.50', currency: 'EUR' } } });
    const winRate = await get(`/v1/analytics/win-rate?${q}&from=2026-01-01T00:00:00Z&to=2026-04-01T00:00:00Z&asOf=2026-03-05T00:00:00Z`);
    expect(winRate.body.overall).toMatchObject({ won: 1, lost: 0, winRate: 1, salesCycleDays: { average: 31 } });

    const noRate = await get(`/v1/analytics/pipeline?currency=JPY&pipelineId=${pipeline.body.id}&asOf=2026-03-05T00:00:00Z`, 422);
    expect(noRate.body.errors[0]).toMatchObject({ field: 'currency' });
  });
});
