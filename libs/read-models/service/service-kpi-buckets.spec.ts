import { InMemoryDocumentStore } from '../testing/in-memory-document-store';
import { given } from '../testing/projection-spec';
import { caseKpiDaysProjection } from './case-kpi-days.projection';
import { casesProjection } from './cases.projection';
import { generatedCaseLog } from './generated-cases.fixtures';
import { RELATIVE_ERROR } from './log-histogram';
import { KpiWindow, serviceKpiPipeline } from './service-kpis';
import { serviceKpisFromBuckets } from './service-kpis-from-buckets';

type Row = { key: unknown; firstResponseMinutes: Percentiles; resolutionMinutes: Percentiles } & Record<string, unknown>;
type Percentiles = { median: number | null; p90: number | null };

const WINDOWS: [string, KpiWindow][] = [
  ['every case, as of after the last event', { asOf: '2026-08-01T00:00:00.000Z' }],
  ['every case, as of an instant while many were still open', { asOf: '2026-01-15T10:30:00.000Z' }],
  ['a window cut at odd instants', { from: '2025-09-03T08:15:00.000Z', to: '2026-02-20T17:45:30.001Z', asOf: '2026-08-01T00:00:00.000Z' }],
  ['whole months, as of their last day', { from: '2025-10-01T00:00:00.000Z', to: '2025-12-01T00:00:00.000Z', asOf: '2025-11-30T12:00:00.000Z' }],
];

/** The same figures, medians and p90 within the histogram's relative error of the exact ones. */
function expectClose(actual: Row[], expected: Row[]) {
  expect(actual.map((r) => r.key)).toEqual(expected.map((r) => r.key));
  actual.forEach((row, i) => {
    const { firstResponseMinutes: f, resolutionMinutes: r, ...counts } = row;
    const { firstResponseMinutes: ef, resolutionMinutes: er, ...expectedCounts } = expected[i];
    expect(counts).toEqual(expectedCounts);
    for (const [got, exact] of [[f.median, ef.median], [f.p90, ef.p90], [r.median, er.median], [r.p90, er.p90]]) {
      if (exact === null) expect(got).toBeNull();
      else expect(Math.abs(got! - exact)).toBeLessThanOrEqual(RELATIVE_ERROR * exact + 1e-9);
    }
  });
}

describe('service KPIs from day buckets', () => {
  const events = generatedCaseLog(1500);
  const cases = new InMemoryDocumentStore();
  const days = new InMemoryDocumentStore();
  beforeAll(async () => {
    await cases.commit([...given(casesProjection, events).values()].map((doc) => ({ collection: 'cases', doc })));
    await days.commit([...given(caseKpiDaysProjection, events).values()].map((doc) => ({ collection: 'case-kpi-days', doc })));
  });

  for (const [name, w] of WINDOWS) {
    it(`gives today's counts, backlog and breach rate exactly, and medians within 1 %: ${name}`, async () => {
      const [reference] = (await cases.collection('cases').aggregate(serviceKpiPipeline(w))) as Record<string, Row[]>[];
      const fromBuckets = (await serviceKpisFromBuckets(days.collection('case-kpi-days'), cases.collection('cases'), w)) as unknown as Record<string, Row[]>;
      for (const facet of ['overall', 'byPriority', 'byPartner', 'byCountry', 'byChannel']) expectClose(fromBuckets[facet], reference[facet]);
    });
  }

  it('answers a window of whole days settled before asOf without reading a single case document', async () => {
    const w = { asOf: '2026-08-01T00:00:00.000Z' };
    const none = new InMemoryDocumentStore().collection('cases');
    const [reference] = (await cases.collection('cases').aggregate(serviceKpiPipeline(w))) as Record<string, Row[]>[];
    const fromBuckets = (await serviceKpisFromBuckets(days.collection('case-kpi-days'), none, w)) as unknown as Record<string, Row[]>;
    expectClose(fromBuckets.overall, reference.overall);
  });

  it('moves an escalated case from its first priority to the new one, and a replay changes nothing', () => {
    const once = given(caseKpiDaysProjection, events);
    const escalated = events.filter((e) => e.type === 'crm.case.escalated');
    expect(escalated.length).toBeGreaterThan(100);
    expect(given(caseKpiDaysProjection, [...events, ...events])).toEqual(once);
    const total = (dimension: string) => [...once.values()].filter((d) => d._id.startsWith('day:'))
      .flatMap((d) => Object.entries(d.groups as Record<string, { cases: number }>)).filter(([k]) => k === 'overall' || k.startsWith(dimension))
      .reduce((sum, [k, g]) => sum + (k === 'overall' ? 0 : g.cases), 0);
    expect(total('priority\u0000')).toBe(1500);
  });

  it('keeps no personal data: the case subject is not in the aggregate', () => {
    expect(JSON.stringify([...given(caseKpiDaysProjection, events.slice(0, 50)).values()])).not.toContain('Order arrived damaged');
  });
});
