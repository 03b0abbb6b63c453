import { EventEnvelope } from '../../../event-store/envelope';
import { InMemoryDocumentStore } from '../../testing/in-memory-document-store';
import { given } from '../../testing/projection-spec';
import { SalesLog } from '../sales-events.fixtures';
import { collectionsOf } from './analytics.fixtures';
import { forecastReport } from './forecast';
import { opportunityDaysProjection } from './opportunity-days.projection';
import { pipelineReport } from './pipeline-report';
import { AnalyticsParams } from './sales-collections';
import { forecastFromBuckets, pipelineFromBuckets, winRateFromBuckets } from './sales-from-buckets';
import { winRateReport } from './win-rate';

const START = Date.parse('2024-01-01T00:00:00.000Z');
const DAY = 86_400_000;
const at = (ms: number) => new Date(ms).toISOString();
const STAGES: Record<string, [string, string][]> = {
  pl: [['Qualify', '0.1'], ['Proposal', '0.5'], ['Negotiate', '0.8']],
  eu: [['Lead', '0.05'], ['Demo', '0.3'], ['Contract', '0.9']],
};
const MONEY: [string, () => string][] = [['EUR', () => '1000.00'], ['USD', () => '110.25'], ['IRR', () => '55000000'], ['JPY', () => '12345']];

/**
 * 900 deals over 300 days in two pipelines and four currencies; stage changes (a few back-dated
 * before an earlier change), wins and losses; dated FX rates; every deal's events interleaved in
 * log order with the others. Instants of `marks` are taken from the log, so bounds fall exactly on events.
 */
function dealLog() {
  const log = new SalesLog();
  let seed = 17;
  const r = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const reference = [
    log.event('pipeline-pl', 'crm.pipeline.created', { pipelineId: 'pl', name: 'Iran', stages: STAGES.pl.map(([name, probability]) => ({ name, probability })) }, undefined, at(START)),
    log.event('pipeline-eu', 'crm.pipeline.created', { pipelineId: 'eu', name: 'Europe', stages: STAGES.eu.map(([name, probability]) => ({ name, probability })) }, undefined, at(START)),
    log.fx('EUR', 'USD', '1.10', at(START)), log.fx('EUR', 'USD', '1.2037', at(START + 120 * DAY + 3_600_000)),
    log.fx('USD', 'IRR', '500000', at(START)), log.fx('USD', 'JPY', '151.3', at(START + 30 * DAY)),
  ];
  const perDeal: EventEnvelope[][] = [];
  const marks: string[] = [];
  for (let d = 0; d < 900; d++) {
    const id = `o${d}`;
    const pipelineId = d % 3 ? 'pl' : 'eu';
    const stages = STAGES[pipelineId];
    const [currency, amount] = MONEY[d % 4];
    let t = START + Math.floor(r() * 300 * DAY);
    const created = log.opened(id, at(t), { pipelineId, currency, amount: amount(), stage: stages[0][0], probability: stages[0][1], close: at(t + Math.floor(r() * 90) * DAY).slice(0, 10) });
    const events = [created];
    const changes = Math.floor(r() * 3);
    for (let s = 1; s <= changes; s++) {
      const back = r() < 0.1 && s > 1; // a stage change recorded late, dated before the previous one
      t += back ? -Math.floor(r() * 2 * DAY) : Math.floor(r() * 20 * DAY);
      events.push(log.opportunity(id, 'stage-changed', { customerId: 'c1', pipelineId, from: stages[s - 1][0], stage: stages[s][0], probability: stages[s][1] }, at(t)));
    }
    const outcome = r();
    if (outcome < 0.55) {
      t += Math.floor(r() * 30 * DAY);
      const won = outcome < 0.3;
      events.push(log.opportunity(id, won ? 'won' : 'lost', { customerId: 'c1', pipelineId, amount: { amount: amount(), currency }, ...(won ? {} : { reason: 'price' }) }, at(t)));
    }
    if (d % 150 === 0) marks.push(...events.map((e) => e.occurredAt));
    perDeal.push(events);
  }
  const merged: EventEnvelope[] = [...reference];
  while (perDeal.some((events) => events.length)) for (const events of perDeal) if (events.length && r() < 0.5) merged.push(events.shift()!);
  return { events: merged.map((event, i) => ({ ...event, position: i + 1 })), marks };
}

describe('pipeline, forecast and win rate from the day buckets', () => {
  const { events, marks } = dealLog();
  const store = new InMemoryDocumentStore();
  const questions: [string, AnalyticsParams][] = [
    ['everything, as of after the last event, in EUR', { asOf: '2025-06-01T00:00:00.000Z', currency: 'EUR' }],
    ['as of an odd instant while deals were moving, in JPY', { asOf: '2024-05-17T13:21:09.123Z', currency: 'JPY' }],
    ['as of the very instant a deal was created', { asOf: marks[0] }],
    ['as of the very instant a deal closed, one pipeline', { asOf: marks[marks.length - 1], pipelineId: 'pl', currency: 'USD' }],
    ['a period cut at odd instants, before the FX rate changed', { from: '2024-02-03T08:00:00.000Z', to: '2024-04-20T17:30:00.001Z', asOf: '2024-04-25T00:00:00.000Z', currency: 'EUR' }],
    ['whole months as of their end, one pipeline', { from: '2024-03-01T00:00:00.000Z', to: '2024-07-01T00:00:00.000Z', asOf: '2024-06-30T23:59:59.999Z', pipelineId: 'eu', currency: 'IRR' }],
    ['a period bounded on an event instant, as of midnight', { from: marks[2], to: marks[marks.length - 2], asOf: '2024-09-01T00:00:00.000Z' }],
    ['a period reaching past asOf', { from: '2024-06-15T00:00:00.000Z', to: '2024-12-31T00:00:00.000Z', asOf: '2024-08-10T10:00:00.000Z', currency: 'EUR' }],
    ['before anything happened', { asOf: '2023-12-31T00:00:00.000Z' }],
    ['a pipeline that does not exist', { asOf: '2025-01-01T00:00:00.000Z', pipelineId: 'nope' }],
  ];

  beforeAll(async () => {
    await store.commit([...given(opportunityDaysProjection, events).values()].map((doc) => ({ collection: 'days', doc })));
  });

  it.each(questions)('pipeline: %s — the same report as from the deal documents', async (_name, params) => {
    const collections = await collectionsOf(events);
    expect(await pipelineFromBuckets(store.collection('days'), collections, params)).toEqual(await pipelineReport(collections, params));
  });

  it.each(questions)('forecast: %s — the same report as from the deal documents', async (_name, params) => {
    const collections = await collectionsOf(events);
    expect(await forecastFromBuckets(store.collection('days'), collections, params)).toEqual(await forecastReport(collections, params));
  });

  it.each(questions)('win rate and sales cycle: %s — the same report as from the deal documents', async (_name, params) => {
    const collections = await collectionsOf(events);
    expect(await winRateFromBuckets(store.collection('days'), collections, params)).toEqual(await winRateReport(collections, params));
  });

  it('compares answers that are not empty: open, forecast, won and lost deals in several currencies', async () => {
    const collections = await collectionsOf(events);
    const params = { from: '2024-02-01T00:00:00.000Z', to: '2024-10-01T00:00:00.000Z', asOf: '2024-08-10T10:00:00.000Z', currency: 'EUR' };
    const [pipeline, forecast, winRate] = await Promise.all([pipelineReport(collections, params), forecastReport(collections, params), winRateReport(collections, params)]);
    expect(pipeline.totals.count).toBeGreaterThan(50);
    expect(pipeline.totals.raw.byCurrency).toHaveLength(4);
    expect(forecast.months.length).toBeGreaterThan(3);
    expect(winRate.overall.won).toBeGreaterThan(20);
    expect(winRate.overall.lost).toBeGreaterThan(20);
  });

  it('a replayed log changes no bucket', () => {
    const once = given(opportunityDaysProjection, events);
    expect(given(opportunityDaysProjection, [...events, ...events])).toEqual(once);
  });

  it('keeps no deal names in its documents', () => {
    expect(JSON.stringify([...given(opportunityDaysProjection, events.slice(0, 200)).values()])).not.toContain('Deal o');
  });
});
