import { startTestApp, TestApp } from '../testing/test-app';
import { serviceSteps } from './service-test-helpers';

describe('service API: feedback, the 360° view and analytics', () => {
  let t: TestApp;
  let s: ReturnType<typeof serviceSteps>;
  let tehran: string;
  let berlin: string;
  let bottler: string;
  let policy: string;
  beforeAll(async () => {
    t = await startTestApp();
    s = serviceSteps(t);
    bottler = await s.partner();
    tehran = await s.customer({ country: 'IR', partnerId: bottler, name: 'سارا احمدی' });
    berlin = await s.customer({ country: 'DE', name: 'Anna Schmidt' });
    policy = await s.policy();
  });
  afterAll(() => t.close());

  it('shows open cases and the last NPS and CSAT in the customer 360° view', async () => {
    const caseId = await s.openCase(tehran, policy, { subject: 'سفارش دیرکرد دارد' });
    await s.post('/v1/feedback', { customerId: tehran, kind: 'nps', score: 9, caseId, comment: 'خوب', occurredAt: '2026-03-12T10:00:00+03:30' });
    await s.post('/v1/feedback', { customerId: tehran, kind: 'csat', score: 2, occurredAt: '2026-03-13T10:00:00+03:30' });
    const view = await s.get(`/v1/customers/${tehran}`);
    expect(view.service.openCases).toEqual([expect.objectContaining({ caseId, subject: 'سفارش دیرکرد دارد', status: 'open', priority: 'high' })]);
    expect(view.service).toMatchObject({ openCaseCount: 1, lastNps: { score: 9, caseId, at: '2026-03-12T06:30:00.000Z' }, lastCsat: { score: 2 } });
  });

  it('refuses an NPS of 11 and feedback about another customer\'s case', async () => {
    await s.post('/v1/feedback', { customerId: berlin, kind: 'nps', score: 11 }, 422);
    const caseId = await s.openCase(tehran, policy);
    await s.post('/v1/feedback', { customerId: berlin, kind: 'csat', score: 4, caseId }, 409);
  });

  it('answers NPS per month and country with asOf', async () => {
    await s.post('/v1/feedback', { customerId: berlin, kind: 'nps', score: 2, occurredAt: '2026-04-02T10:00:00Z' });
    const all = await s.get('/v1/analytics/nps?period=month&asOf=2026-05-01T00:00:00Z');
    expect(all).toMatchObject({ asOf: '2026-05-01T00:00:00.000Z', period: 'month', overall: { responses: 2, nps: 0 }, csat: { responses: 1, average: 2 } });
    expect(all.byCountry).toEqual([
      expect.objectContaining({ key: { period: '2026-03', country: 'IR' }, nps: 100 }),
      expect.objectContaining({ key: { period: '2026-04', country: 'DE' }, nps: -100 }),
    ]);
    expect(all.byPartner[0]).toMatchObject({ key: { period: '2026-03', partner: bottler } });
    const before = await s.get('/v1/analytics/nps?asOf=2026-03-31T00:00:00Z');
    expect(before.overall).toMatchObject({ responses: 1, nps: 100 });
  });

  it('answers service KPIs in business minutes by priority, partner, country and channel, as of a date', async () => {
    const caseId = await s.openCase(berlin, policy, { occurredAt: '2026-06-01T09:00:00-04:00', channel: 'phone' });
    await s.post(`/v1/cases/${caseId}/respond`, { occurredAt: '2026-06-01T09:45:00-04:00' }, 200);
    await s.post(`/v1/cases/${caseId}/resolve`, { occurredAt: '2026-06-01T12:00:00-04:00' }, 200);
    const kpis = await s.get('/v1/analytics/service?from=2026-06-01T00:00:00Z&asOf=2026-06-02T00:00:00Z');
    expect(kpis).toMatchObject({
      asOf: '2026-06-02T00:00:00.000Z', unit: 'business minutes',
      overall: { cases: 1, backlog: 0, breachRate: 0, firstResponseMinutes: { median: 45, p90: 45 }, resolutionMinutes: { median: 180, p90: 180 } },
    });
    expect(kpis.byChannel).toEqual([expect.objectContaining({ key: 'phone', cases: 1 })]);
    expect(kpis.byCountry).toEqual([expect.objectContaining({ key: 'DE' })]);
    const earlier = await s.get('/v1/analytics/service?from=2026-06-01T00:00:00Z&asOf=2026-06-01T14:00:00Z');
    expect(earlier.overall).toMatchObject({ cases: 1, backlog: 1, firstResponseMinutes: { median: 45 }, resolutionMinutes: { median: null } });
    await s.get('/v1/analytics/service?asOf=the-day-after-tomorrow', 422);
  });
});
