import { CurrencySums, decimalRatio, multiply, unitsRatio } from './exact-sums';
import { moneyFigure, RateUsed } from './fx-conversion';
import { openAt, stageAt } from './pipeline-report';
import { AnalyticsParams, converterFor, period, SalesCollections } from './sales-collections';

const date = (instant: string | undefined) => instant?.slice(0, 10);

/** Open deals expected to close in the period (by month), weighted by their stage probability at `asOf`. */
export function openForecastAggregation(params: AnalyticsParams): Record<string, unknown>[] {
  const closes = { ...(params.from ? { $gte: date(params.from) } : {}), ...(params.to ? { $lt: date(params.to) } : {}) };
  return [
    { $match: { ...openAt(params), ...(Object.keys(closes).length ? { expectedCloseDate: closes } : {}) } },
    { $project: { currency: 1, hi: '$units.hi', lo: '$units.lo', month: { $substr: ['$expectedCloseDate', 0, 7] }, visit: stageAt(params.asOf) } },
    { $group: { _id: { month: '$month', currency: '$currency', probability: '$visit.probability' }, count: { $sum: 1 }, hi: { $sum: '$hi' }, lo: { $sum: '$lo' } } },
  ];
}

/** Deals won in the period (by the month they were won), as known at `asOf`. */
export function wonAggregation(params: AnalyticsParams): Record<string, unknown>[] {
  return [
    { $match: { status: 'won', closedAt: period(params), ...(params.pipelineId ? { pipelineId: params.pipelineId } : {}) } },
    { $group: { _id: { month: { $substr: ['$closedAt', 0, 7] }, currency: '$currency' }, count: { $sum: 1 }, hi: { $sum: '$units.hi' }, lo: { $sum: '$units.lo' } } },
  ];
}

interface Month { openCount: number; wonCount: number; pipeline: CurrencySums; weighted: CurrencySums; won: CurrencySums; forecast: CurrencySums }
const month = (): Month => ({ openCount: 0, wonCount: 0, pipeline: new CurrencySums(), weighted: new CurrencySums(), won: new CurrencySums(), forecast: new CurrencySums() });

/** Forecast for a period: won so far plus open pipeline weighted by probability, per month of (expected) close. */
export async function forecastReport(collections: SalesCollections, params: AnalyticsParams) {
  const [open, won] = await Promise.all([
    collections.opportunities.aggregate(openForecastAggregation(params)),
    collections.opportunities.aggregate(wonAggregation(params)),
  ]);
  return forecastFromRows(collections, params, open, won);
}

/** The report from rows grouped as openForecastAggregation and wonAggregation group them. */
export async function forecastFromRows(collections: SalesCollections, params: AnalyticsParams, open: Record<string, unknown>[], won: Record<string, unknown>[]) {
  const converter = await converterFor(collections, params);
  const months = new Map<string, Month>();
  const total = month();
  const at = (key: string) => months.get(key) ?? months.set(key, month()).get(key)!;
  for (const row of open) {
    const id = row._id as { month: string; currency: string; probability: string };
    const raw = unitsRatio(row.hi, row.lo);
    const weighted = multiply(raw, decimalRatio(id.probability));
    for (const m of [at(id.month), total]) {
      m.openCount += Number(row.count);
      m.pipeline.add(id.currency, raw);
      m.weighted.add(id.currency, weighted);
      m.forecast.add(id.currency, weighted);
    }
  }
  for (const row of won) {
    const id = row._id as { month: string; currency: string };
    const amount = unitsRatio(row.hi, row.lo);
    for (const m of [at(id.month), total]) {
      m.wonCount += Number(row.count);
      m.won.add(id.currency, amount);
      m.forecast.add(id.currency, amount);
    }
  }
  const rates: RateUsed[] = [];
  const show = (m: Month) => ({
    openCount: m.openCount, wonCount: m.wonCount,
    won: moneyFigure(m.won, converter, params.currency, rates),
    pipeline: moneyFigure(m.pipeline, converter, params.currency, rates),
    weighted: moneyFigure(m.weighted, converter, params.currency, rates),
    forecast: moneyFigure(m.forecast, converter, params.currency, rates),
  });
  return {
    asOf: params.asOf, from: params.from ?? null, to: params.to ?? null, currency: params.currency ?? null,
    months: [...months].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, m]) => ({ month: key, ...show(m) })),
    totals: show(total), fx: { at: params.asOf, rates },
  };
}
