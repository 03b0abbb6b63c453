import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SqliteEventStore } from '../libs/event-store/sqlite-event-store';
import { ProjectionRunner } from '../libs/read-models/runner/projection-runner';
import { activeCollection } from '../libs/read-models/runner/registry';
import { feedbackDailyProjection } from '../libs/read-models/service/feedback-daily.projection';
import { feedbackFromBuckets } from '../libs/read-models/service/feedback-from-buckets';
import { feedbackProjection } from '../libs/read-models/service/feedback.projection';
import { csatPipeline, KpiWindow, npsPipeline } from '../libs/read-models/service/service-kpis';
import { SqliteDocumentStore } from '../libs/read-models/sqlite/sqlite-document-store';
import { Figure } from './figure';
import { feedbackEvent } from './service-kpis';

async function timed(runs: number, query: () => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  await query();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await query();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => Math.round(times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)] * 100) / 100;
  return { p50: at(0.5), p99: at(0.99) };
}

/**
 * NPS + CSAT over `answers` feedback answers (the service-kpis bench's generator): today's
 * per-answer pipeline beside the daily buckets, in the same run, on the same store, with a check
 * that both give the same answer for each window.
 */
export async function benchFeedbackBuckets(dir: string, answers: number, runs = 20): Promise<Figure[]> {
  const eventStore = new SqliteEventStore(join(dir, 'events.db'));
  for (let f = 0; f < answers; f += 4000) {
    await Promise.all(Array.from({ length: Math.min(4000, answers - f) }, (_, i) => eventStore.append(`feedback-fb-${f + i}`, [feedbackEvent(f + i)], 'no-stream')));
  }
  const head = await eventStore.headPosition();
  const store = new SqliteDocumentStore(join(dir, 'read-models.db'));
  const runner = new ProjectionRunner({ eventStore, store, projections: [feedbackProjection, feedbackDailyProjection], registryPollMs: 0 });
  const started = performance.now();
  await runner.start();
  await runner.waitForPosition(head, 3_600_000);
  const catchUp = head / ((performance.now() - started) / 1000);
  await runner.stop();
  const feedback = store.collection(await activeCollection(store, 'feedback'));
  const days = store.collection(await activeCollection(store, 'feedback-daily'));
  const windows: [string, KpiWindow][] = [
    ['all feedback, as of 2026-07-01', { asOf: '2026-07-01T00:00:00.000Z' }],
    ['one month cut at odd instants', { asOf: '2026-07-01T00:00:00.000Z', from: '2026-03-01T08:30:00.000Z', to: '2026-04-01T17:00:00.000Z' }],
    ['as of an instant inside a day (2025-12-31T13:00)', { asOf: '2025-12-31T13:00:00.000Z' }],
  ];
  const figures: Figure[] = [{ name: `catch-up feedback + feedback-daily, ${head} events`, value: Math.round(catchUp), unit: 'events/s' }];
  for (const [name, w] of windows) {
    const old = async () => {
      const [[nps], [csat]] = await Promise.all([feedback.aggregate(npsPipeline(w, 'month')), feedback.aggregate(csatPipeline(w))]);
      return { nps, csat: csat ?? null };
    };
    const fromBuckets = () => feedbackFromBuckets(days, w, 'month');
    const same = isDeepStrictEqual(JSON.parse(JSON.stringify(await old())), JSON.parse(JSON.stringify(await fromBuckets())));
    const before = await timed(Math.max(3, Math.floor(runs / 4)), old);
    const after = await timed(runs, fromBuckets);
    figures.push(
      { name: `NPS by month × country × partner + CSAT, ${name}, ${answers} answers — per-answer pipeline (today): p50`, value: before.p50, unit: 'ms' },
      { name: `  … per-answer pipeline: p99`, value: before.p99, unit: 'ms' },
      { name: `  … daily buckets: p50`, value: after.p50, unit: 'ms' },
      { name: `  … daily buckets: p99 (${runs} runs)`, value: after.p99, unit: 'ms', target: '≤ 200 ms' },
      { name: `  … same answer from both`, value: same ? 1 : 0, unit: 'bool', target: '= 1' },
    );
  }
  await store.close();
  await eventStore.close();
  return figures;
}

// `node -r ./libs/testing/register-ts.js bench/feedback-buckets.ts <dir> <answers>`
if (require.main === module) {
  const [dir = '/tmp/feedback-buckets-bench', answers = '100000'] = process.argv.slice(2);
  benchFeedbackBuckets(dir, Number(answers)).then((figures) => figures.forEach((f) => console.log(`${f.name}: ${f.value} ${f.unit}${f.target ? ` (target ${f.target})` : ''}`)));
}
