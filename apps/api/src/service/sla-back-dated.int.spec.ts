import { startTestApp, TestApp } from '../testing/test-app';
import { serviceSteps } from './service-test-helpers';
import { SlaScheduler } from './sla/sla-scheduler';

describe('service API: a case entered after the fact is judged by its facts', () => {
  let t: TestApp;
  let s: ReturnType<typeof serviceSteps>;
  beforeAll(async () => {
    t = await startTestApp();
    s = serviceSteps(t);
  });
  afterAll(() => t.close());

  it('withdraws both breaches the scheduler recorded once the back-dated response and resolution show the targets met, and the breach rate follows', async () => {
    const customerId = await s.customer();
    const policyId = await s.policy();
    // Tuesday 10 March, New York: first response due 10:00, resolution 17:00 (high: 1 h and 8 h).
    const caseId = await s.openCase(customerId, policyId, { occurredAt: '2026-03-10T09:00:00-04:00' });
    await s.get(`/v1/cases/${caseId}`);
    await t.app.get(SlaScheduler).sweep(new Date('2026-03-13T12:00:00Z'));
    const breached = await s.get(`/v1/cases/${caseId}`);
    expect(breached.sla.breached).toBe(true);
    expect(breached.breaches).toHaveLength(2);

    await s.post(`/v1/cases/${caseId}/respond`, { text: 'Looking into it', occurredAt: '2026-03-10T09:30:00-04:00' }, 200);
    await s.post(`/v1/cases/${caseId}/resolve`, { text: 'Refunded', occurredAt: '2026-03-10T15:00:00-04:00' }, 200);
    const judged = await s.get(`/v1/cases/${caseId}`);
    expect(judged).toMatchObject({ breached: false, breaches: [], firstResponseMinutes: 30, resolutionMinutes: 360 });
    expect(judged.sla).toMatchObject({ breached: false, breachedAt: null, clocks: { firstResponse: { state: 'met', breachedAt: null }, resolution: { state: 'met', breachedAt: null } } });

    const withdrawn = (await s.events('crm.case.sla-breach-withdrawn')).filter((e) => e.data.caseId === caseId);
    expect(withdrawn.map((e) => [e.data.clock, e.occurredAt])).toEqual([['firstResponse', '2026-03-10T13:30:00.000Z'], ['resolution', '2026-03-10T19:00:00.000Z']]);
    const kpis = await s.get('/v1/analytics/service?from=2026-03-10T00:00:00Z&to=2026-03-11T00:00:00Z&asOf=2026-03-20T00:00:00Z');
    expect(kpis.overall).toMatchObject({ cases: 1, breachRate: 0 });
    // A later sweep finds nothing to record again.
    expect((await t.app.get(SlaScheduler).sweep(new Date('2026-03-20T00:00:00Z'))).due).toBe(0);
  });
});
