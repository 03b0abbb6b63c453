import { CurrencySums, decimalRatio, multiply, unitsRatio } from './exact-sums';
import { moneyFigure, MoneyFigure, RateUsed } from './fx-conversion';
import { AnalyticsParams, converterFor, SalesCollections } from './sales-collections';

/** Opportunities open at `asOf` (created by then, not closed by then). */
export const openAt = (params: AnalyticsParams): Record<string, unknown> => ({
  createdAt: { $lte: params.asOf },
  $or: [{ closedAt: null }, { closedAt: { $gt: params.asOf } }],
  ...(params.pipelineId ? { pipelineId: params.pipelineId } : {}),
});

/** The stage visit in force at `asOf`: the last one entered by then (stage changes are business-dated). */
export const stageAt = (asOf: string) => ({
  $arrayElemAt: [{ $filter: { input: '$history', as: 'visit', cond: { $lte: ['$$visit.enteredAt', asOf] } } }, -1],
});

/** Open pipeline per pipeline, stage and currency, as it stood at `asOf`. */
export function pipelineAggregation(params: AnalyticsParams): Record<string, unknown>[] {
  return [
    { $match: openAt(params) },
    { $project: { pipelineId: 1, currency: 1, hi: '$units.hi', lo: '$units.lo', visit: stageAt(params.asOf) } },
    { $group: { _id: { pipelineId: '$pipelineId', stage: '$visit.stage', probability: '$visit.probability', currency: '$currency' },
      count: { $sum: 1 }, hi: { $sum: '$hi' }, lo: { $sum: '$lo' } } },
  ];
}

interface StageFigures { stage: string; probability: string; count: number; raw: MoneyFigure; weighted: MoneyFigure }
interface Acc { count: number; raw: CurrencySums; weighted: CurrencySums }
const acc = (): Acc => ({ count: 0, raw: new CurrencySums(), weighted: new CurrencySums() });

/** Pipeline by stage, raw and weighted by the stage probability, in each currency and converted at `asOf`. */
export async function pipelineReport(collections: SalesCollections, params: AnalyticsParams) {
  return pipelineFromRows(collections, params, await collections.opportunities.aggregate(pipelineAggregation(params)));
}

/** The report from rows grouped as pipelineAggregation groups them (from the deals, or from the day buckets). */
export async function pipelineFromRows(collections: SalesCollections, params: AnalyticsParams, rows: Record<string, unknown>[]) {
  const [pipelines, converter] = await Promise.all([
    collections.pipelines.find(params.pipelineId ? { _id: params.pipelineId } : {}),
    converterFor(collections, params),
  ]);
  const perStage = new Map<string, Map<string, Acc & { probability: string }>>();
  const totals = acc();
  for (const row of rows) {
    const id = row._id as { pipelineId: string; stage: string; probability: string; currency: string };
    const stages = perStage.get(id.pipelineId) ?? new Map();
    perStage.set(id.pipelineId, stages);
    const key = `${id.stage}\u0000${id.probability}`;
    const a = stages.get(key) ?? { ...acc(), probability: id.probability };
    stages.set(key, a);
    const raw = unitsRatio(row.hi, row.lo);
    const weighted = multiply(raw, decimalRatio(id.probability));
    for (const target of [a, totals]) {
      target.count += Number(row.count);
      target.raw.add(id.currency, raw);
      target.weighted.add(id.currency, weighted);
    }
  }
  const rates: RateUsed[] = [];
  const figures = (a: Acc) => ({ count: a.count, raw: moneyFigure(a.raw, converter, params.currency, rates), weighted: moneyFigure(a.weighted, converter, params.currency, rates) });
  const order = new Map(pipelines.map((p) => [p._id, ((p.stages as { name: string }[]) ?? []).map((s) => s.name)]));
  const names = new Map(pipelines.map((p) => [p._id, p.name]));
  const result = [...perStage].sort(([a], [b]) => (a < b ? -1 : 1)).map(([pipelineId, stages]) => {
    const rank = (key: string) => { const i = (order.get(pipelineId) ?? []).indexOf(key.split('\u0000')[0]); return i < 0 ? Infinity : i; };
    const total = acc();
    // Stages the pipeline does not list, and one stage at two probabilities, in key order: the same answer whatever order the rows came in.
    const stageFigures: StageFigures[] = [...stages].sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)).map(([key, a]) => {
      total.count += a.count;
      for (const [c, r] of a.raw.entries()) total.raw.add(c, r);
      for (const [c, r] of a.weighted.entries()) total.weighted.add(c, r);
      return { stage: key.split('\u0000')[0], probability: a.probability, ...figures(a) };
    });
    return { pipelineId, name: names.get(pipelineId) ?? null, stages: stageFigures, ...figures(total) };
  });
  return { asOf: params.asOf, currency: params.currency ?? null, pipelines: result, totals: figures(totals), fx: { at: params.asOf, rates } };
}
