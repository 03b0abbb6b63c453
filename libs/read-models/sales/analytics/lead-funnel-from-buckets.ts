import { DocumentCollection } from '../../document-store.port';
import { aggregateIn } from '../../mongo-semantics';
import { FunnelCounts, funnelGroupKey, LeadFunnelDay, LeadFunnelMonth, pairKey } from './lead-funnel-days.projection';
import { funnelAggregation, FunnelParams, funnelReportOf } from './lead-funnel';
import { LIFECYCLE_STAGES } from '../../../domain/sales/lifecycle';

const DAY_MS = 86_400_000;
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00.000Z`) + DAY_MS).toISOString();
const settledWholeDay = (doc: LeadFunnelDay, p: FunnelParams) =>
  doc.settledAt <= p.asOf && nextDay(doc.day) <= p.asOf && (!p.from || `${doc.day}T00:00:00.000Z` >= p.from) && (!p.to || nextDay(doc.day) <= p.to);
const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 1)).toISOString();
};
const settledWholeMonth = (doc: LeadFunnelMonth, p: FunnelParams) =>
  doc.settledAt <= p.asOf && nextMonth(doc.month) <= p.asOf && (!p.from || `${doc.month}-01T00:00:00.000Z` >= p.from) && (!p.to || nextMonth(doc.month) <= p.to);
const order = (stage: string) => LIFECYCLE_STAGES.indexOf(stage as (typeof LIFECYCLE_STAGES)[number]);

/** A group's counts as funnelAggregation's row: n<i> per step, pairs<i> and gapMs<i> between step i−1 and i. */
function rowOf(params: FunnelParams, g: FunnelCounts): Record<string, number> {
  const row: Record<string, number> = { cohort: g.cohort, disqualified: g.disqualified };
  params.stages.forEach((stage, i) => {
    row[`n${i}`] = g.reached[stage] ?? 0;
    if (i === 0) return;
    const prev = params.stages[i - 1];
    if (prev === stage) [row[`pairs${i}`], row[`gapMs${i}`]] = [g.reached[stage] ?? 0, 0];
    else {
      const forward = order(prev) < order(stage);
      const [count, sum] = g.pairs[forward ? pairKey(prev, stage) : pairKey(stage, prev)] ?? [0, 0];
      [row[`pairs${i}`], row[`gapMs${i}`]] = [count, forward ? sum : -sum];
    }
  });
  return row;
}

/**
 * The lead funnel from the day buckets: the same report as leadFunnelReport (the same rows, shaped by
 * the same code). Days the period cuts, or with a lead changed after asOf, come from those days' lead
 * documents through funnelAggregation itself. Counts and gap sums are integers, so merging is exact.
 */
export async function leadFunnelFromBuckets(days: DocumentCollection, leads: DocumentCollection, params: FunnelParams) {
  const upper = params.to && params.to < params.asOf ? params.to : params.asOf;
  const months = (await days.find({ month: { $lte: upper.slice(0, 7), ...(params.from ? { $gte: params.from.slice(0, 7) } : {}) } })) as LeadFunnelMonth[];
  const whole = months.filter((m) => settledWholeMonth(m, params));
  const cut = months.filter((m) => !whole.includes(m)).map((m) => m.month);
  // Days only of the months a bound or asOf cuts: one indexed range each.
  const docs = (await Promise.all(cut.map((m) => days.find({ day: { $gte: `${m}-01`, $lt: `${m}-32` } })))).flat() as LeadFunnelDay[];
  // A day some of whose captures may lie in the period (a `to` at midnight leaves its day out).
  const inRange = (day: string) => `${day}T00:00:00.000Z` <= params.asOf && (!params.to || `${day}T00:00:00.000Z` < params.to) && (!params.from || nextDay(day) > params.from);
  const key = funnelGroupKey(params.by, undefined);
  const prefix = params.by === undefined ? null : `${params.by}\u0000`;
  const groups = new Map<string, Record<string, number>>();
  const add = (id: string, row: Record<string, number>) => {
    const into = groups.get(id);
    if (!into) groups.set(id, { ...row });
    else for (const [field, n] of Object.entries(row)) into[field] = (into[field] ?? 0) + n;
  };
  const other: string[] = [];
  for (const doc of [...whole, ...docs] as (LeadFunnelDay | LeadFunnelMonth)[]) {
    const day = (doc as LeadFunnelDay).day;
    if (typeof day === 'string') {
      if (!inRange(day)) continue;
      if (!settledWholeDay(doc as LeadFunnelDay, params)) { other.push(day); continue; }
    }
    for (const [k, g] of Object.entries(doc.groups)) {
      if (prefix === null ? k === key : k.startsWith(prefix)) add(prefix === null ? 'null' : k.slice(prefix.length), rowOf(params, g));
    }
  }
  if (other.length) {
    other.sort();
    const wanted = new Set(other);
    const start = `${other[0]}T00:00:00.000Z`;
    const end = nextDay(other[other.length - 1]);
    const [, ...rest] = funnelAggregation(params);
    // One range on capturedAt (what the store's planner can use): the period narrowed to those days.
    const capturedAt = { $lte: params.asOf, $gte: params.from && params.from > start ? params.from : start, $lt: params.to && params.to < end ? params.to : end };
    const narrowed = { $match: { capturedAt } };
    const perLead = await leads.aggregate([narrowed, { $match: { $expr: { $in: [{ $substrCP: ['$capturedAt', 0, 10] }, [...wanted]] } } }, ...rest]);
    for (const { _id, ...row } of perLead) add(JSON.stringify(_id ?? null), row as Record<string, number>);
  }
  const rows = [...groups].map(([id, row]) => ({ _id: JSON.parse(id), _position: 0, ...row }));
  return funnelReportOf(params, aggregateIn(rows, [{ $sort: { _id: 1 } }]));
}
