import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { LifecycleStage } from '../libs/domain/sales/lifecycle';
import { performance } from 'node:perf_hooks';
import { SignalKind } from '../libs/domain/sales/lead/lead.events';
import { ScoringModel } from '../libs/domain/sales/scoring/scoring-model';
import { NewEvent } from '../libs/event-store/envelope';
import { SqliteEventStore } from '../libs/event-store/sqlite-event-store';
import { ProjectionRunner } from '../libs/read-models/runner/projection-runner';
import { activeCollection } from '../libs/read-models/runner/registry';
import { salesProjections } from '../libs/read-models/sales';
import { leadFunnelFromBuckets } from '../libs/read-models/sales/analytics/lead-funnel-from-buckets';
import { forecastReport, leadFunnelReport, pipelineReport, rescoreLeads, SalesCollections, winRateReport } from '../libs/read-models/sales/analytics';
import { opportunityDaysProjection } from '../libs/read-models/sales/analytics/opportunity-days.projection';
import { forecastFromBuckets, pipelineFromBuckets, winRateFromBuckets } from '../libs/read-models/sales/analytics/sales-from-buckets';
import { opportunitiesProjection } from '../libs/read-models/sales';
import { catchUpRate } from './service-kpis';
import { SqliteDocumentStore } from '../libs/read-models/sqlite/sqlite-document-store';
import { Figure } from './figure';

const CURRENCIES = ['EUR', 'USD', 'IRR', 'JPY', 'GBP'];
const PER_USD: Record<string, number> = { EUR: 0.9, IRR: 42000, JPY: 150, GBP: 0.8 };
const SIGNALS: SignalKind[] = ['web_visit', 'email_open', 'email_click', 'form_submit', 'event_attended', 'call', 'demo_request'];
const STAGES = [{ name: 'Qualify', probability: '0.1' }, { name: 'Propose', probability: '0.4' }, { name: 'Negotiate', probability: '0.7' }];
const START = Date.UTC(2024, 0, 1);
const DAY = 86_400_000;
const meta = { actor: 'bench', correlationId: 'bench-sales', source: 'import' as const };

/** A deterministic pseudo-random sequence, so two runs measure the same data. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
}

type Batch = { stream: string; events: NewEvent[] }[];

function generate(leads: number, opportunities: number): Batch {
  const r = random(7);
  let id = 0;
  const ev = (type: string, data: Record<string, unknown>, day: number, personal?: Record<string, unknown>): NewEvent => ({
    eventId: `s${++id}`, type, schemaVersion: 1, data, ...(personal ? { personal } : {}), occurredAt: new Date(START + day * DAY).toISOString(),
    metadata: meta, subjectId: String(data.customerId ?? data.leadId ?? 'sales'),
  });
  const batch: Batch = [];
  for (let m = 0; m < 24; m++) {
    for (const c of CURRENCIES.filter((c) => c !== 'USD')) {
      const rate = (PER_USD[c] * (1 + (r() - 0.5) / 10)).toFixed(4);
      batch.push({ stream: `fx-USD-${c}`, events: [ev('crm.fx.rate-recorded', { base: 'USD', quote: c, rate, effectiveAt: new Date(START + m * 30 * DAY).toISOString() }, m * 30)] });
    }
  }
  for (let p = 0; p < 5; p++) batch.push({ stream: `pipeline-p${p}`, events: [ev('crm.pipeline.created', { pipelineId: `p${p}`, name: `Pipeline ${p}`, stages: STAGES }, 0)] });
  for (let l = 0; l < leads; l++) {
    const leadId = `l${l}`;
    const day = Math.floor(r() * 600);
    const events = [ev('crm.lead.captured', { leadId, stage: 'lead', source: ['web', 'event', 'partner', 'referral'][l % 4], campaignId: `cmp${l % 40}`,
      country: ['IR', 'DE', 'JP', 'GB', 'US'][l % 5], industry: ['retail', 'hospitality', 'wholesale'][l % 3], companySize: 1 + Math.floor(r() * 1000) }, day,
    { name: `Lead ${l}`, email: `lead${l}@example.com` })];
    const signals = Math.floor(r() * 5);
    for (let s = 0; s < signals; s++) events.push(ev('crm.lead.signal-recorded', { leadId, signalId: `${leadId}s${s}`, kind: SIGNALS[Math.floor(r() * SIGNALS.length)] }, day + s * 3));
    if (r() < 0.4) events.push(ev('crm.lead.qualified', { leadId, level: r() < 0.5 ? 'mql' : 'sql', by: 'user' }, day + 20));
    else if (r() < 0.2) events.push(ev('crm.lead.disqualified', { leadId, reason: 'no budget' }, day + 20));
    batch.push({ stream: `lead-${leadId}`, events });
  }
  for (let o = 0; o < opportunities; o++) {
    const ref = { opportunityId: `o${o}`, customerId: `c${o % 5000}`, pipelineId: `p${o % 5}` };
    const day = Math.floor(r() * 600);
    const currency = CURRENCIES[o % CURRENCIES.length];
    const amount = { amount: currency === 'IRR' ? String(Math.floor(r() * 1e10)) : currency === 'JPY' ? String(Math.floor(r() * 1e7)) : (r() * 1e5).toFixed(2), currency };
    const events = [ev('crm.opportunity.created', { ...ref, name: `Deal ${o}`, amount, expectedCloseDate: new Date(START + (day + 90) * DAY).toISOString().slice(0, 10), stage: 'Qualify', probability: '0.1' }, day)];
    const moves = Math.floor(r() * 3);
    for (let s = 1; s <= moves; s++) events.push(ev('crm.opportunity.stage-changed', { ...ref, from: STAGES[s - 1].name, stage: STAGES[s].name, probability: STAGES[s].probability }, day + s * 10));
    const outcome = r();
    if (outcome < 0.3) events.push(ev('crm.opportunity.won', { ...ref, amount }, day + 40));
    else if (outcome < 0.5) events.push(ev('crm.opportunity.lost', { ...ref, amount, reason: 'price' }, day + 40));
    batch.push({ stream: `opportunity-${ref.opportunityId}`, events });
  }
  return batch;
}

async function append(store: SqliteEventStore, batch: Batch): Promise<void> {
  for (let i = 0; i < batch.length; i += 2000) {
    await Promise.all(batch.slice(i, i + 2000).map(({ stream, events }) => store.append(stream, events, 'any')));
  }
}

async function timed(name: string, runs: number, work: () => Promise<unknown>): Promise<Figure[]> {
  await work(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]);
  return [{ name: `${name} p50`, value: at(0.5), unit: 'ms' }, { name: `${name} p99`, value: at(0.99), unit: 'ms' }];
}

const model = (demo: number, fitPoints: number): ScoringModel => ({
  fit: [{ attribute: 'industry', in: ['hospitality'], points: fitPoints }, { attribute: 'companySize', atLeast: 500, points: fitPoints / 2 }],
  engagement: { demo_request: demo, form_submit: 10, web_visit: 1, email_click: 2, email_open: 0.5, event_attended: 15, call: 8 }, halfLifeDays: 30, thresholds: {},
});

/**
 * Sales analytics over a generated history (≥ 100k leads, ≥ 20k opportunities in 5 currencies):
 * append and catch-up rates, then p50/p99 of each analytics query and of a full re-score on SQLite.
 */
export type SalesBenchMode = 'all' | 'funnel-only' | 'deals-only';

export async function benchSalesAnalytics(dir: string, leads: number, opportunities: number, runs = 15, mode: SalesBenchMode = 'all'): Promise<Figure[]> {
  const eventStore = new SqliteEventStore(join(dir, 'sales-events.db'));
  const batch = generate(leads, opportunities);
  let start = performance.now();
  await append(eventStore, batch);
  const head = await eventStore.headPosition();
  const appendRate = head / ((performance.now() - start) / 1000);

  const store = new SqliteDocumentStore(join(dir, 'sales-read-models.db'));
  const runner = new ProjectionRunner({ eventStore, store, projections: salesProjections });
  start = performance.now();
  await runner.start();
  await runner.waitForPosition(head, 3_600_000);
  const catchUp = head / ((performance.now() - start) / 1000);
  await runner.stop();

  const collection = async (name: string) => store.collection(await activeCollection(store, name));
  const c: SalesCollections = { leads: await collection('sales-leads'), opportunities: await collection('sales-opportunities'),
    pipelines: await collection('sales-pipelines'), fxRates: await collection('sales-fx-rates') };
  const asOf = new Date(START + 500 * DAY).toISOString();
  const period = { asOf, from: new Date(START + 300 * DAY).toISOString(), to: new Date(START + 400 * DAY).toISOString(), currency: 'EUR' };
  const funnelDays = await collection('sales-lead-funnel-days');
  const funnel = { ...period, stages: ['lead', 'mql', 'sql', 'opportunity', 'customer'] as LifecycleStage[], by: 'campaign' as const };
  const whole = { asOf, stages: ['lead', 'mql', 'sql'] as LifecycleStage[] };
  const figures: Figure[] = [
    { name: `append sales history, ${head} events (${leads} leads, ${opportunities} opportunities, ${CURRENCIES.length} currencies)`, value: Math.round(appendRate), unit: 'events/s' },
    { name: `catch-up of the sales projections, ${head} events`, value: Math.round(catchUp), unit: 'events/s' },
  ];
  if (mode !== 'deals-only') figures.push(
    ...(await timed(`lead funnel by campaign, ${leads} leads, per-lead pipeline (today)`, runs, () => leadFunnelReport(c, funnel))),
    ...(await timed(`lead funnel by campaign, ${leads} leads, from the day buckets`, 30, () => leadFunnelFromBuckets(funnelDays, c.leads, funnel))),
    { name: 'lead funnel: day buckets give the same report', value: isDeepStrictEqual(await leadFunnelReport(c, funnel), await leadFunnelFromBuckets(funnelDays, c.leads, funnel)) ? 1 : 0, unit: 'bool', target: '= 1' },
    ...(await timed(`lead funnel, whole history as of ${asOf.slice(0, 10)}, per-lead pipeline (today)`, runs, () => leadFunnelReport(c, whole))),
    ...(await timed('lead funnel, whole history, from the day buckets', 30, () => leadFunnelFromBuckets(funnelDays, c.leads, whole))),
    { name: 'lead funnel, whole history: day buckets give the same report', value: isDeepStrictEqual(await leadFunnelReport(c, whole), await leadFunnelFromBuckets(funnelDays, c.leads, whole)) ? 1 : 0, unit: 'bool', target: '= 1' },
  );
  if (mode !== 'funnel-only') {
    const days = await collection('sales-opportunity-days');
    const midDay = { asOf: new Date(START + 450 * DAY + 13 * 3_600_000 + 7).toISOString(), currency: 'EUR' };
    const questions: [string, (p: typeof period) => Promise<unknown>, (p: typeof period) => Promise<unknown>, typeof period | typeof midDay][] = [
      [`pipeline raw + weighted in EUR as of ${asOf.slice(0, 10)}`, (p) => pipelineReport(c, p), (p) => pipelineFromBuckets(days, c, p), { asOf, currency: 'EUR' }],
      ['pipeline in EUR as of an instant inside a day', (p) => pipelineReport(c, p), (p) => pipelineFromBuckets(days, c, p), midDay],
      ['forecast in EUR for a period', (p) => forecastReport(c, p), (p) => forecastFromBuckets(days, c, p), period],
      ['win rate + sales cycle in EUR for a period', (p) => winRateReport(c, p), (p) => winRateFromBuckets(days, c, p), period],
      ['win rate + sales cycle, whole history as of an instant inside a day', (p) => winRateReport(c, p), (p) => winRateFromBuckets(days, c, p), midDay],
    ];
    for (const [name, fromDeals, fromBuckets, params] of questions) {
      const p = params as typeof period;
      figures.push(
        ...(await timed(`${name}, ${opportunities} opportunities, per-deal pipeline (today)`, runs, () => fromDeals(p))),
        ...(await timed(`${name}, from the day buckets`, 30, () => fromBuckets(p))),
        { name: `${name}: day buckets give the same report`, value: isDeepStrictEqual(await fromDeals(p), await fromBuckets(p)) ? 1 : 0, unit: 'bool', target: '= 1' },
      );
    }
    // What the deal buckets cost the catch-up: the deal documents alone, then with the buckets, each on a fresh store over the same log.
    figures.push(
      { name: 'catch-up, sales-opportunities alone', value: await catchUpRate(eventStore, join(dir, `deals-${Date.now()}.db`), [opportunitiesProjection]), unit: 'events/s' },
      { name: 'catch-up, sales-opportunities + sales-opportunity-days', value: await catchUpRate(eventStore, join(dir, `deal-days-${Date.now()}.db`), [opportunitiesProjection, opportunityDaysProjection]), unit: 'events/s' },
    );
  }
  if (mode === 'all') figures.push(...(await timed(`re-score all ${leads} leads under a new model`, Math.max(3, Math.floor(runs / 3)), () => rescoreLeads(c.leads, { version: 2, model: model(5, 40) }, asOf))));
  await store.close();
  await eventStore.close();
  return figures;
}

if (require.main === module) {
  // `… bench/sales-analytics.ts <dir> <leads> <opportunities> [funnel-only|deals-only]`: funnel-only skips the deal reports and re-scoring, deals-only the funnel and re-scoring.
  const [dir, leads, opportunities, only] = process.argv.slice(2);
  const mode: SalesBenchMode = only === 'funnel-only' || only === 'deals-only' ? only : 'all';
  void benchSalesAnalytics(dir ?? '/tmp/sales-bench', Number(leads ?? 100_000), Number(opportunities ?? 20_000), mode === 'all' ? 15 : 5, mode).then((f) => console.log(JSON.stringify(f, null, 2)));
}
