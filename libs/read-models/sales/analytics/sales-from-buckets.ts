import { DocumentCollection } from '../../document-store.port';
import { forecastFromRows } from './forecast';
import { closedFromBuckets, openAtFromBuckets } from './opportunity-buckets-reader';
import { ClosedSums, Sums } from './opportunity-days.projection';
import { pipelineFromRows } from './pipeline-report';
import { AnalyticsParams, SalesCollections } from './sales-collections';
import { winRateFromRows } from './win-rate';

type Row = Record<string, unknown>;

/** Sums bucket keys into the rows an aggregation would group: `group` names a key's row (undefined = left out). */
function rows<S extends Sums | ClosedSums>(sums: Map<string, S>, group: (key: unknown[]) => Record<string, unknown> | undefined, extra?: (row: Row, s: S) => void): Row[] {
  const byGroup = new Map<string, Row>();
  for (const [key, s] of sums) {
    const id = group(key.split('\u0000').flatMap((part) => (part.startsWith('[') ? JSON.parse(part) : [part])));
    if (!id) continue;
    const name = JSON.stringify(id);
    const row = byGroup.get(name) ?? byGroup.set(name, { _id: id, count: 0, hi: 0, lo: 0 }).get(name)!;
    row.count = Number(row.count) + s[0];
    row.hi = Number(row.hi) + s[1];
    row.lo = Number(row.lo) + s[2];
    extra?.(row, s);
  }
  return [...byGroup.values()];
}

const visit = (stage: unknown, probability: unknown) => ({ ...(stage === null ? {} : { stage }), ...(probability === null ? {} : { probability }) });

/** The pipeline report from `sales-opportunity-days`: the same answer as pipelineReport (opportunity-equivalence.spec.ts). */
export async function pipelineFromBuckets(days: DocumentCollection, collections: SalesCollections, params: AnalyticsParams) {
  const open = await openAtFromBuckets(days, params.asOf);
  return pipelineFromRows(collections, params, rows(open, ([pipelineId, stage, probability, currency]) =>
    (params.pipelineId && pipelineId !== params.pipelineId ? undefined : { pipelineId, ...visit(stage, probability), currency })));
}

/** The forecast from `sales-opportunity-days`: the same answer as forecastReport. */
export async function forecastFromBuckets(days: DocumentCollection, collections: SalesCollections, params: AnalyticsParams) {
  const [open, closed] = await Promise.all([openAtFromBuckets(days, params.asOf), closedFromBuckets(days, params)]);
  const [from, to] = [params.from?.slice(0, 10), params.to?.slice(0, 10)];
  const openRows = rows(open, ([pipelineId, , probability, currency, close]) => {
    const closes = String(close);
    if ((params.pipelineId && pipelineId !== params.pipelineId) || (from && closes < from) || (to && closes >= to)) return undefined;
    return { month: closes.slice(0, 7), currency, ...(probability === null ? {} : { probability }) };
  });
  const wonRows = rows(closed, ([month, pipelineId, status, currency]) =>
    (status !== 'won' || (params.pipelineId && pipelineId !== params.pipelineId) ? undefined : { month, currency }));
  return forecastFromRows(collections, params, openRows, wonRows);
}

/** Win rate and sales cycle from `sales-opportunity-days`: the same answer as winRateReport. */
export async function winRateFromBuckets(days: DocumentCollection, collections: SalesCollections, params: AnalyticsParams) {
  const closed = await closedFromBuckets(days, params);
  const closedRows = rows(closed, ([, pipelineId, status, currency]) => (params.pipelineId && pipelineId !== params.pipelineId ? undefined : { pipelineId, status, currency }),
    (row, [, , , cycleMs, cycles]) => {
      const lengths = Object.keys(cycles).map(Number);
      row.cycleMs = Number(row.cycleMs ?? 0) + cycleMs;
      row.minCycleMs = Math.min(Number(row.minCycleMs ?? Infinity), ...lengths);
      row.maxCycleMs = Math.max(Number(row.maxCycleMs ?? -Infinity), ...lengths);
    });
  return winRateFromRows(collections, params, closedRows);
}
