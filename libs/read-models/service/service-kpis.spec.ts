import { InMemoryDocumentStore } from '../testing/in-memory-document-store';
import { given } from '../testing/projection-spec';
import { casesProjection } from './cases.projection';
import { feedbackProjection } from './feedback.projection';
import { kpiCaseEvents, kpiFeedbackEvents } from './service-events.fixtures';
import { csatPipeline, npsPipeline, serviceKpiPipeline } from './service-kpis';

async function store(collection: string, docs: Iterable<Record<string, unknown>>) {
  const s = new InMemoryDocumentStore();
  await s.commit([...docs].map((doc) => ({ collection, doc: doc as never })));
  return s.collection(collection);
}

describe('service KPIs', () => {
  const events = kpiCaseEvents();

  it('computes first-response and resolution medians and p90, breach rate and backlog by priority', async () => {
    const cases = await store('cases', given(casesProjection, events).values());
    const [result] = await cases.aggregate(serviceKpiPipeline({ asOf: '2026-03-10T00:00:00.000Z' }));
    expect(result.overall).toEqual([{ key: null, cases: 3, backlog: 2, breached: 2, breachRate: 2 / 3,
      firstResponseMinutes: { median: 30, p90: 240 }, resolutionMinutes: { median: 120, p90: 120 } }]);
    expect((result.byPriority as { key: string; backlog: number }[]).map((g) => [g.key, g.backlog])).toEqual([['high', 1], ['urgent', 1]]);
    expect((result.byCountry as { key: string }[]).map((g) => g.key)).toEqual(['DE', 'IR']);
  });

  it('answers as of an earlier business time: what was open, answered and breached then', async () => {
    const cases = await store('cases', given(casesProjection, events).values());
    const [result] = await cases.aggregate(serviceKpiPipeline({ asOf: '2026-03-03T10:05:00.000Z' }));
    expect(result.overall).toEqual([{ key: null, cases: 2, backlog: 2, breached: 0, breachRate: 0,
      firstResponseMinutes: { median: 30, p90: 30 }, resolutionMinutes: { median: null, p90: null } }]);
  });

  it('answers the same from current fields as from walking each case history', async () => {
    const docs = [...given(casesProjection, events).values()];
    const walked = await store('cases', docs.map(({ lastActivityAt: _skip, ...doc }) => doc));
    const settled = await store('cases', docs);
    for (const asOf of ['2026-03-03T10:05:00.000Z', '2026-03-10T00:00:00.000Z']) {
      expect(await settled.aggregate(serviceKpiPipeline({ asOf }))).toEqual(await walked.aggregate(serviceKpiPipeline({ asOf })));
    }
  });

  it('computes NPS overall, per month and per country and month, and CSAT', async () => {
    const feedback = await store('feedback', given(feedbackProjection, kpiFeedbackEvents()).values());
    const [nps] = await feedback.aggregate(npsPipeline({ asOf: '2026-04-01T00:00:00.000Z' }, 'month'));
    expect(nps.overall).toEqual([{ key: null, responses: 4, promoters: 2, detractors: 1, passives: 1, nps: 25 }]);
    expect((nps.trend as { key: string; nps: number }[]).map((t) => [t.key, t.nps])).toEqual([['2026-02', 100], ['2026-03', 0]]);
    expect((nps.byCountry as { key: unknown }[]).map((t) => t.key)).toEqual([
      { period: '2026-02', country: 'IR' }, { period: '2026-03', country: 'DE' }, { period: '2026-03', country: 'IR' }, { period: '2026-03', country: 'unknown' },
    ]);
    expect(await feedback.aggregate(csatPipeline({ asOf: '2026-04-01T00:00:00.000Z' }))).toEqual([{ responses: 2, average: 4.5 }]);
  });
});
