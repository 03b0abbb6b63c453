import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { NewEvent } from '../libs/event-store/envelope';
import { SqliteEventStore } from '../libs/event-store/sqlite-event-store';
import { activeCollection } from '../libs/read-models/runner/registry';
import { ProjectionRunner } from '../libs/read-models/runner/projection-runner';
import { caseKpiDays, caseKpiDaysProjection } from '../libs/read-models/service/case-kpi-days.projection';
import { casesProjection } from '../libs/read-models/service/cases.projection';
import { feedbackDaily, feedbackDailyProjection } from '../libs/read-models/service/feedback-daily.projection';
import { feedbackFromBuckets } from '../libs/read-models/service/feedback-from-buckets';
import { feedbackProjection } from '../libs/read-models/service/feedback.projection';
import { slaDeadlinesProjection } from '../libs/read-models/service/sla-deadlines.projection';
import { csatPipeline, KpiWindow, npsPipeline, serviceKpiPipeline } from '../libs/read-models/service/service-kpis';
import { serviceKpisFromBuckets } from '../libs/read-models/service/service-kpis-from-buckets';
import { caseEvents, START, COUNTRIES, MINUTE } from '../libs/read-models/service/generated-cases.fixtures';
import { SqliteDocumentStore } from '../libs/read-models/sqlite/sqlite-document-store';
import { Projection } from '../libs/read-models/projection';
import { Figure } from './figure';

const meta = { actor: 'bench', correlationId: 'bench', source: 'import' as const };
export function feedbackEvent(f: number): NewEvent {
  const at = new Date(START + ((f * 104729) % (365 * 24 * 60)) * MINUTE).toISOString();
  const kind = f % 4 === 0 ? 'csat' : 'nps';
  return {
    eventId: `fb-${f}`, type: 'crm.feedback.recorded', schemaVersion: 1, subjectId: `cus-${f % 20_000}`, occurredAt: at, metadata: meta,
    data: { feedbackId: `fb-${f}`, customerId: `cus-${f % 20_000}`, kind, score: kind === 'nps' ? (f * 7) % 11 : 1 + (f % 5), country: COUNTRIES[f % 5], partnerId: `partner-${f % 40}` },
  };
}

/** Appends every case's events as one append per case, thousands in flight, so group commit batches them. */
async function writeLog(store: SqliteEventStore, cases: number, feedback: number): Promise<void> {
  let pending: Promise<unknown>[] = [];
  const flush = async (force = false) => {
    if (pending.length >= 4000 || force) { await Promise.all(pending); pending = []; }
  };
  for (let c = 0; c < cases; c++) {
    const events: NewEvent[] = caseEvents(c).map(({ at, event }, i) => ({
      eventId: `case-${c}-${i}`, type: event.type, schemaVersion: 1, data: event.data as Record<string, unknown>, ...(event.personal ? { personal: event.personal } : {}),
      subjectId: String(event.data.customerId), occurredAt: at, metadata: meta,
    }));
    pending.push(store.append(`case-case-${c}`, events, 'no-stream'));
    await flush();
  }
  for (let f = 0; f < feedback; f++) {
    pending.push(store.append(`feedback-fb-${f}`, [feedbackEvent(f)], 'no-stream'));
    await flush();
  }
  await flush(true);
}

async function timed(runs: number, query: () => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  await query(); // warm caches and statement plans
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await query();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)];
  return { p50: at(0.5), p99: at(0.99) };
}

/** Events per second a fresh read-model store catches up with the whole log at, for these projections alone. */
export async function catchUpRate(eventStore: SqliteEventStore, path: string, projections: Projection[]): Promise<number> {
  const head = await eventStore.headPosition();
  const store = new SqliteDocumentStore(path);
  const runner = new ProjectionRunner({ eventStore, store, projections, registryPollMs: 0 });
  const start = performance.now();
  await runner.start();
  await runner.waitForPosition(head, 3_600_000);
  const rate = Math.round(head / ((performance.now() - start) / 1000));
  await runner.stop();
  await store.close();
  return rate;
}

/**
 * Service KPIs on a generated dataset: `cases` cases (≈3 events each, decided by the real case
 * decider over three calendars) and cases/2 feedback answers, appended straight through the
 * SQLite event store, projected, then each KPI query timed (p50 and p99).
 */
export async function benchServiceKpis(dir: string, cases: number): Promise<Figure[]> {
  const eventStore = new SqliteEventStore(join(dir, 'events.db'));
  let start = performance.now();
  await writeLog(eventStore, cases, Math.floor(cases / 2));
  const head = await eventStore.headPosition();
  const writeSeconds = (performance.now() - start) / 1000;

  const store = new SqliteDocumentStore(join(dir, 'read-models.db'));
  const runner = new ProjectionRunner({ eventStore, store, projections: [casesProjection, caseKpiDaysProjection, feedbackProjection, feedbackDailyProjection, slaDeadlinesProjection], registryPollMs: 0 });
  start = performance.now();
  await runner.start();
  await runner.waitForPosition(head, 3_600_000);
  const catchUpSeconds = (performance.now() - start) / 1000;
  await runner.stop();

  const casesDocs = store.collection(await activeCollection(store, 'cases'));
  const feedbackDocs = store.collection(await activeCollection(store, 'feedback'));
  const deadlines = store.collection(await activeCollection(store, 'sla-deadlines'));
  const feedbackDays = store.collection(await activeCollection(store, 'feedback-daily'));
  const caseDays = store.collection(await activeCollection(store, 'case-kpi-days'));
  const buckets = (w: KpiWindow) => serviceKpisFromBuckets(caseDays, casesDocs, w);
  const asOf = '2026-07-01T00:00:00.000Z';
  const month = { asOf, from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' };
  const earlier = { asOf: '2025-12-31T00:00:00.000Z' };
  const queries: [string, number, () => Promise<unknown>][] = [
    ['service KPIs, all cases (facets by priority/partner/country/channel), per-case pipeline (today)', 5, () => casesDocs.aggregate(serviceKpiPipeline({ asOf }))],
    ['service KPIs, all cases, from the day buckets', 30, () => buckets({ asOf })],
    ['service KPIs, one month of cases, per-case pipeline (today)', 10, () => casesDocs.aggregate(serviceKpiPipeline(month))],
    ['service KPIs, one month of cases, from the day buckets', 30, () => buckets(month)],
    ['service KPIs as of an earlier date (2025-12-31), per-case pipeline (today)', 5, () => casesDocs.aggregate(serviceKpiPipeline(earlier))],
    ['service KPIs as of an earlier date (2025-12-31), from the day buckets', 30, () => buckets(earlier)],
    ['NPS trend by month, country and partner, all feedback', 10, () => feedbackDocs.aggregate(npsPipeline({ asOf }, 'month'))],
    ['CSAT average, all feedback', 10, () => feedbackDocs.aggregate(csatPipeline({ asOf }))],
    ['NPS trend by month, country and partner + CSAT, all feedback, from the daily buckets (same answers)', 30, () => feedbackFromBuckets(feedbackDays, { asOf }, 'month')],
    ['NPS + CSAT for one month cut at odd instants, from the daily buckets', 30, () => feedbackFromBuckets(feedbackDays, { asOf, from: '2026-03-01T08:30:00.000Z', to: '2026-04-01T17:00:00.000Z' }, 'day')],
    ['open cases breached now, newest 50 (GET /v1/cases?breached=true&status=open)', 30, () => casesDocs.find({ $and: [{ status: 'open' }, { $or: [{ breached: true }, { nextDueAt: { $lte: asOf } }] }] }, { sort: { openedAt: -1, _id: -1 }, limit: 51 })],
    ['scheduler sweep: due deadlines, first 500', 30, () => deadlines.find({ dueAt: { $lte: asOf } }, { sort: { dueAt: 1 }, limit: 500 })],
  ];
  const figures: Figure[] = [
    { name: `generate + append ${cases} cases and ${Math.floor(cases / 2)} feedback (${head} events)`, value: round(writeSeconds), unit: 's' },
    { name: `catch-up cases + case-kpi-days + feedback + feedback-daily + sla-deadlines, ${head} events`, value: Math.round(head / catchUpSeconds), unit: 'events/s' },
  ];
  // Write amplification of the buckets, each on a fresh store over the same log: per-entity documents alone, then with the buckets folded in place (now) and copied per event (before).
  const perEntity = [casesProjection, feedbackProjection, slaDeadlinesProjection];
  const catchUps: [string, Projection[]][] = [
    ['cases + feedback + sla-deadlines alone (no buckets)', perEntity],
    ['the same + buckets folded in place once per batch (now)', [...perEntity, caseKpiDaysProjection, feedbackDailyProjection]],
    ['the same + buckets copied per event (before)', [...perEntity, caseKpiDays(false), feedbackDaily(false)]],
    ['case-kpi-days + feedback-daily alone, in place (now)', [caseKpiDaysProjection, feedbackDailyProjection]],
    ['case-kpi-days + feedback-daily alone, copied per event (before)', [caseKpiDays(false), feedbackDaily(false)]],
  ];
  for (const [i, [name, projections]] of catchUps.entries()) {
    figures.push({ name: `catch-up, ${name}`, value: await catchUpRate(eventStore, join(dir, `catch-up-${i}-${Date.now()}.db`), projections), unit: 'events/s' });
  }
  for (const [name, w] of [['all cases', { asOf }], ['one month', month], ['as of 2025-12-31', earlier]] as const) {
    const [old] = await casesDocs.aggregate(serviceKpiPipeline(w));
    const counts = (facets: unknown) => JSON.parse(JSON.stringify(facets, (key, value) => (key === 'firstResponseMinutes' || key === 'resolutionMinutes' ? undefined : value)));
    figures.push({ name: `service KPIs, ${name}: buckets give today's counts, backlog and breach rate`, value: isDeepStrictEqual(counts(old), counts(await buckets(w))) ? 1 : 0, unit: 'bool', target: '= 1' });
  }
  for (const [name, runs, query] of queries) {
    const { p50, p99 } = await timed(runs, query);
    figures.push({ name: `${name}: p50`, value: round(p50), unit: 'ms' }, { name: `${name}: p99 (${runs} runs)`, value: round(p99), unit: 'ms' });
  }
  await store.close();
  await eventStore.close();
  return figures;
}

const round = (n: number) => Math.round(n * 100) / 100;

if (require.main === module) {
  const [dir, count] = process.argv.slice(2);
  void benchServiceKpis(dir ?? '/tmp/service-kpis-bench', Number(count ?? 100_000)).then((figures) => console.log(JSON.stringify(figures, null, 2)));
}
