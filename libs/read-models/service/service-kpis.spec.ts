import { openCase, ref } from '../../domain/service/case/case.fixtures';
import { EnvelopeLog } from '../testing/event-fixtures';
import { InMemoryDocumentStore } from '../testing/in-memory-document-store';
import { given } from '../testing/projection-spec';
import { casesProjection } from './cases.projection';
import { feedbackProjection } from './feedback.projection';
import { caseEnvelopes, feedbackEnvelope } from './service-events.fixtures';
import { csatPipeline, npsPipeline, serviceKpiPipeline } from './service-kpis';

async function store(collection: string, docs: Iterable<Record<string, unknown>>) {
  const s = new InMemoryDocumentStore();
  await s.commit([...docs].map((doc) => ({ collection, doc: doc as never })));
  return s.collection(collection);
}

describe('service KPIs', () => {
  const log = new EnvelopeLog();
  const events = [
    // case-1: answered after 30 business minutes, resolved after 2 h; case-2: breached, still open; case-3: answered after 4 h (Friday → Monday).
    ...caseEnvelopes(log, [openCase, '2026-03-03T09:00:00.000Z'], [{ type: 'RespondToCase', ...ref }, '2026-03-03T09:30:00.000Z'], [{ type: 'ResolveCase', ...ref }, '2026-03-03T11:00:00.000Z']),
    ...caseEnvelopes(log, [{ ...openCase, caseId: 'case-2', priority: 'urgent', channel: 'phone', country: 'DE' }, '2026-03-03T10:00:00.000Z'],
      [{ type: 'RecordSlaBreach', caseId: 'case-2', clock: 'firstResponse', dueAt: '2026-03-03T10:15:00.000Z', observedAt: '2026-03-03T10:16:00.000Z' }, '2026-03-03T10:15:00.000Z']),
    ...caseEnvelopes(log, [{ ...openCase, caseId: 'case-3' }, '2026-03-06T15:00:00.000Z'], [{ type: 'RespondToCase', ...ref, caseId: 'case-3' }, '2026-03-09T11:00:00.000Z']),
  ];

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
    const l = new EnvelopeLog();
    const feedback = await store('feedback', given(feedbackProjection, [
      feedbackEnvelope(l, 'f1', 'nps', 10, '2026-02-10T00:00:00.000Z', { country: 'IR' }),
      feedbackEnvelope(l, 'f2', 'nps', 3, '2026-03-10T00:00:00.000Z', { country: 'IR' }),
      feedbackEnvelope(l, 'f3', 'nps', 9, '2026-03-11T00:00:00.000Z', { country: 'DE' }),
      feedbackEnvelope(l, 'f4', 'nps', 7, '2026-03-12T00:00:00.000Z'),
      feedbackEnvelope(l, 'f5', 'csat', 4, '2026-03-12T00:00:00.000Z'),
      feedbackEnvelope(l, 'f6', 'csat', 5, '2026-03-12T00:00:00.000Z'),
    ]).values());
    const [nps] = await feedback.aggregate(npsPipeline({ asOf: '2026-04-01T00:00:00.000Z' }, 'month'));
    expect(nps.overall).toEqual([{ key: null, responses: 4, promoters: 2, detractors: 1, passives: 1, nps: 25 }]);
    expect((nps.trend as { key: string; nps: number }[]).map((t) => [t.key, t.nps])).toEqual([['2026-02', 100], ['2026-03', 0]]);
    expect((nps.byCountry as { key: unknown }[]).map((t) => t.key)).toEqual([
      { period: '2026-02', country: 'IR' }, { period: '2026-03', country: 'DE' }, { period: '2026-03', country: 'IR' }, { period: '2026-03', country: 'unknown' },
    ]);
    expect(await feedback.aggregate(csatPipeline({ asOf: '2026-04-01T00:00:00.000Z' }))).toEqual([{ responses: 2, average: 4.5 }]);
  });
});
