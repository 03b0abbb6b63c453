import { CurrencySums, unitsRatio } from './exact-sums';
import { moneyFigure, RateUsed } from './fx-conversion';
import { AnalyticsParams, converterFor, period, SalesCollections } from './sales-collections';

const DAY_MS = 86_400_000;

/** Deals closed (won or lost) in the period as known at `asOf`, per pipeline, outcome and currency, with cycle lengths. */
export function closedAggregation(params: AnalyticsParams): Record<string, unknown>[] {
  return [
    { $match: { status: { $in: ['won', 'lost'] }, closedAt: period(params), ...(params.pipelineId ? { pipelineId: params.pipelineId } : {}) } },
    { $project: { pipelineId: 1, status: 1, currency: 1, hi: '$units.hi', lo: '$units.lo', cycleMs: { $subtract: ['$closedMs', '$createdMs'] } } },
    { $group: { _id: { pipelineId: '$pipelineId', status: '$status', currency: '$currency' }, count: { $sum: 1 }, hi: { $sum: '$hi' }, lo: { $sum: '$lo' },
      cycleMs: { $sum: '$cycleMs' }, minCycleMs: { $min: '$cycleMs' }, maxCycleMs: { $max: '$cycleMs' } } },
  ];
}

interface Outcomes { won: number; lost: number; wonAmount: CurrencySums; lostAmount: CurrencySums; cycleMs: number; minCycleMs: number | null; maxCycleMs: number | null }
const outcomes = (): Outcomes => ({ won: 0, lost: 0, wonAmount: new CurrencySums(), lostAmount: new CurrencySums(), cycleMs: 0, minCycleMs: null, maxCycleMs: null });
const days = (ms: number | null) => (ms === null ? null : Math.round((ms / DAY_MS) * 100) / 100);

/** Win rate (won / closed) and sales-cycle length (created → won) per pipeline and overall. */
export async function winRateReport(collections: SalesCollections, params: AnalyticsParams) {
  return winRateFromRows(collections, params, await collections.opportunities.aggregate(closedAggregation(params)));
}

/** The report from rows grouped as closedAggregation groups them. */
export async function winRateFromRows(collections: SalesCollections, params: AnalyticsParams, rows: Record<string, unknown>[]) {
  const converter = await converterFor(collections, params);
  const perPipeline = new Map<string, Outcomes>();
  const overall = outcomes();
  for (const row of rows) {
    const id = row._id as { pipelineId: string; status: 'won' | 'lost'; currency: string };
    const targets = [perPipeline.get(id.pipelineId) ?? perPipeline.set(id.pipelineId, outcomes()).get(id.pipelineId)!, overall];
    for (const o of targets) {
      o[id.status] += Number(row.count);
      (id.status === 'won' ? o.wonAmount : o.lostAmount).add(id.currency, unitsRatio(row.hi, row.lo));
      if (id.status !== 'won') continue;
      o.cycleMs += Number(row.cycleMs);
      o.minCycleMs = Math.min(o.minCycleMs ?? Infinity, Number(row.minCycleMs));
      o.maxCycleMs = Math.max(o.maxCycleMs ?? -Infinity, Number(row.maxCycleMs));
    }
  }
  const rates: RateUsed[] = [];
  const show = (o: Outcomes) => ({
    won: o.won, lost: o.lost, winRate: o.won + o.lost ? Math.round((o.won / (o.won + o.lost)) * 10_000) / 10_000 : null,
    wonAmount: moneyFigure(o.wonAmount, converter, params.currency, rates),
    lostAmount: moneyFigure(o.lostAmount, converter, params.currency, rates),
    salesCycleDays: { average: o.won ? days(o.cycleMs / o.won) : null, min: days(o.minCycleMs), max: days(o.maxCycleMs) },
  });
  return {
    asOf: params.asOf, from: params.from ?? null, to: params.to ?? null, currency: params.currency ?? null,
    pipelines: [...perPipeline].sort(([a], [b]) => (a < b ? -1 : 1)).map(([pipelineId, o]) => ({ pipelineId, ...show(o) })),
    overall: show(overall), fx: { at: params.asOf, rates },
  };
}
