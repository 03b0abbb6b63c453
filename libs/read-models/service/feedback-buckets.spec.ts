import { EventEnvelope } from '../../event-store/envelope';
import { projectBatch } from '../runner/project-batch';
import { InMemoryDocumentStore } from '../testing/in-memory-document-store';
import { given } from '../testing/projection-spec';
import { feedbackDailyProjection } from './feedback-daily.projection';
import { feedbackFromBuckets } from './feedback-from-buckets';
import { feedbackLog } from './feedback.fixtures';
import { feedbackProjection } from './feedback.projection';
import { csatPipeline, KpiWindow, npsPipeline, NpsPeriod } from './service-kpis';

const WINDOWS: [string, KpiWindow][] = [
  ['everything, as of now', { asOf: '2027-01-01T00:00:00.000Z' }],
  ['as of an instant inside a day', { asOf: '2025-09-14T13:07:21.500Z' }],
  ['a window cut at odd instants', { from: '2025-03-03T08:15:00.000Z', to: '2025-11-20T17:45:30.001Z', asOf: '2026-06-01T00:00:00.000Z' }],
  ['a window whose end lies after asOf', { from: '2025-02-01T00:00:00.000Z', to: '2026-01-01T00:00:00.000Z', asOf: '2025-07-04T23:59:59.999Z' }],
  ['whole months', { from: '2025-04-01T00:00:00.000Z', to: '2025-06-01T00:00:00.000Z', asOf: '2026-01-01T00:00:00.000Z' }],
  ['a window before any answer', { to: '2024-06-01T00:00:00.000Z', asOf: '2026-01-01T00:00:00.000Z' }],
];

describe('NPS and CSAT from daily buckets', () => {
  const events = feedbackLog();
  const reference = new InMemoryDocumentStore();
  const buckets = new InMemoryDocumentStore();
  beforeAll(async () => {
    await reference.commit([...given(feedbackProjection, events).values()].map((doc) => ({ collection: 'feedback', doc })));
    await buckets.commit([...given(feedbackDailyProjection, events).values()].map((doc) => ({ collection: 'feedback-daily', doc })));
  });

  async function expectSameAnswers(w: KpiWindow, period: NpsPeriod, partners?: string[]) {
    const feedback = reference.collection('feedback');
    const scoped = partners ? { partnerId: { $in: partners } } : {};
    const [[nps], [csat]] = await Promise.all([
      feedback.aggregate([{ $match: scoped }, ...npsPipeline(w, period)]), feedback.aggregate([{ $match: scoped }, ...csatPipeline(w)]),
    ]);
    const fromBuckets = await feedbackFromBuckets(buckets.collection('feedback-daily'), w, period, partners);
    expect(fromBuckets.nps).toEqual(nps);
    expect(fromBuckets.csat).toEqual(csat ?? null);
  }

  for (const [name, w] of WINDOWS) {
    for (const period of ['day', 'month', 'year'] as const) {
      it(`answers exactly as the per-answer pipeline: ${name}, by ${period}`, () => expectSameAnswers(w, period));
    }
  }

  it('answers exactly as the per-answer pipeline for a partner key confined to its subtree', async () => {
    for (const [, w] of WINDOWS) await expectSameAnswers(w, 'month', ['p1', 'p3']);
  });

  it('keeps the counts of a day in one document, and a replay of the whole log changes none of them', () => {
    const once = given(feedbackDailyProjection, events);
    expect([...once.keys()].filter((id) => id.startsWith('totals:')).length).toBeLessThanOrEqual(400);
    expect(given(feedbackDailyProjection, [...events, ...events])).toEqual(once);
  });

  it('counts a feedback recorded twice (a redelivered event under a new position) once', () => {
    const again = { ...events[0], position: events.length + 1, eventId: 'redelivered' } as EventEnvelope;
    expect(given(feedbackDailyProjection, [...events, again])).toEqual(given(feedbackDailyProjection, events));
  });

  it('builds the same documents through the runner, batch by batch, with a redelivered answer in a later batch', async () => {
    const store = new InMemoryDocumentStore();
    const some = events.slice(0, 600);
    const again = { ...some[5], position: some.length + 1, eventId: 'redelivered' } as EventEnvelope;
    const log = [...some, again];
    let checkpoint = 0;
    for (let i = 0; i < log.length; i += 150) {
      const batch = await projectBatch(store, { projection: feedbackDailyProjection, collection: 'feedback-daily', checkpoint }, log.slice(i, i + 150), () => new Date());
      await store.commit(batch.writes);
      checkpoint = batch.lastPosition;
    }
    const expected = [...given(feedbackDailyProjection, some).values()];
    const byId = (docs: { _id: string }[]) => [...docs].sort((a, b) => (a._id < b._id ? -1 : 1));
    expect(byId(await store.collection('feedback-daily').find({}))).toEqual(byId(expected));
  });
});
