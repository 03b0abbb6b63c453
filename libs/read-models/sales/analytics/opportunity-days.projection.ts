import { Doc, IndexSpec } from '../../document-store.port';
import { Projection } from '../../projection';
import { opportunitiesProjection } from '../opportunities.projection';
import { OpportunityDoc } from '../sales-documents';

/** Count and split-unit sums (see toUnits) of the deals of one key. */
export type Sums = [count: number, hi: number, lo: number];
/** Closed deals of one key: count, split-unit sums, the sum of their cycle lengths and each length's multiplicity (for min and max). */
export type ClosedSums = [count: number, hi: number, lo: number, cycleMs: number, cycles: Record<string, number>];

/** What one deal gives its days: `open` moves (+1 when it enters a key, −1 when it leaves) at business instants, and its close. */
export interface DealEntry { hi: number; lo: number; open: [at: string, key: string, sign: 1 | -1][]; closed: [at: string, key: string, cycleMs: number] | null }

/**
 * `day:<date>` / `month:<yyyy-mm>`: the open-pipeline moves dated in that period, summed per
 * `openKey`, and the deals closed in it per `closedKey`. The open pipeline at any instant is the
 * sum of every move up to it; `latest` bounds the last instant a move of the period has. A day a
 * bound or asOf cuts is read from its deals' anchors instead (`moveDays`).
 */
export interface OpportunityPeriod extends Doc { latest: string; open: Record<string, Sums>; closed: Record<string, ClosedSums> }
/** `deal:<id>`, the anchor: the deal's figures, and the days its moves and close fall on (indexed: a cut day reads its deals one by one). */
export interface DealAnchor extends OpportunityDoc { moveDays: string[] }

/** Pipeline, stage, probability, currency and expected close date: all pipeline and forecast group or filter by. */
export const openKey = (o: OpportunityDoc, visit: { stage: string; probability: string } | undefined) =>
  JSON.stringify([o.pipelineId, visit?.stage ?? null, visit?.probability ?? null, o.currency, o.expectedCloseDate]);
export const closedKey = (o: OpportunityDoc) => JSON.stringify([o.pipelineId, o.status, o.currency]);

/**
 * The deal's moves, replaying the per-deal rule of pipeline-report.ts at each instant its facts
 * change: open at t when created by t and not closed by t, in the last visit (log order) entered by t.
 */
export function dealEntry(o: OpportunityDoc | null | undefined): DealEntry | null {
  if (!o?.createdAt) return null;
  const instants = [...new Set([o.createdAt, ...(o.closedAt ? [o.closedAt] : []), ...o.history.map((v) => v.enteredAt)])].sort();
  const open: DealEntry['open'] = [];
  let previous: string | null = null;
  for (const t of instants) {
    const isOpen = o.createdAt <= t && !(o.closedAt !== null && o.closedAt <= t);
    const key = isOpen ? openKey(o, o.history.filter((v) => v.enteredAt <= t).pop()) : null;
    if (key === previous) continue;
    if (previous !== null) open.push([t, previous, -1]);
    if (key !== null) open.push([t, key, 1]);
    previous = key;
  }
  const closed: DealEntry['closed'] = (o.status === 'won' || o.status === 'lost') && o.closedAt ? [o.closedAt, closedKey(o), Number(o.closedMs) - o.createdMs] : null;
  return { hi: o.units.hi, lo: o.units.lo, open, closed };
}

/** The days a deal's entry touches. */
export const daysOf = (entry: DealEntry | null): string[] =>
  (entry ? [...new Set([...entry.open.map(([at]) => at), ...(entry.closed ? [entry.closed[0]] : [])].map((at) => at.slice(0, 10)))] : []);

export function addOpen(sums: Record<string, Sums>, key: string, count: number, hi: number, lo: number): void {
  const [n, h, l] = sums[key] ?? [0, 0, 0];
  if (n + count === 0 && h + hi === 0 && l + lo === 0) delete sums[key];
  else sums[key] = [n + count, h + hi, l + lo];
}

export function addClosed(sums: Record<string, ClosedSums>, key: string, count: number, hi: number, lo: number, cycleMs: number, cycles: Record<string, number>): void {
  const [n, h, l, c, multiset] = sums[key] ?? [0, 0, 0, 0, {}];
  for (const [length, times] of Object.entries(cycles)) {
    if ((multiset[length] ?? 0) + times === 0) delete multiset[length];
    else multiset[length] = (multiset[length] ?? 0) + times;
  }
  if (n + count === 0) delete sums[key];
  else sums[key] = [n + count, h + hi, l + lo, c + cycleMs, multiset];
}

/** Adds (sign 1) or takes back (sign −1) the part of a deal's entry dated in `period` (a day or a month). */
function applyEntry(doc: OpportunityPeriod, entry: DealEntry, period: string, sign: 1 | -1): void {
  for (const [at, key, move] of entry.open) {
    if (!at.startsWith(period)) continue;
    const s = sign * move;
    addOpen(doc.open, key, s, s * entry.hi, s * entry.lo);
    if (sign === 1 && at > doc.latest) doc.latest = at;
  }
  if (entry.closed && entry.closed[0].startsWith(period)) {
    const [at, key, cycleMs] = entry.closed;
    addClosed(doc.closed, key, sign, sign * entry.hi, sign * entry.lo, sign * cycleMs, { [cycleMs]: sign });
    if (sign === 1 && at > doc.latest) doc.latest = at;
  }
}

/** The deal as `sales-opportunities` folds it, without its name, owner and reason (the anchor keeps only figures). */
function dealAfter(anchor: Doc | null | undefined, event: Parameters<Projection['evolve']>[1]): OpportunityDoc | null {
  const next = opportunitiesProjection.evolve(anchor ?? null, event, String(event.data.opportunityId)) as OpportunityDoc | null;
  return next && { ...next, name: '', owner: null, reason: null };
}

interface Step { event: unknown; anchor: unknown; next: OpportunityDoc | null; before: DealEntry | null; after: DealEntry | null }
const anchorOf = (id: unknown) => `deal:${String(id)}`;

/**
 * Pipeline, forecast, win rate and sales cycle per business day and month, anchored on each deal
 * (`deal:<id>`): an event takes the deal's old moves and close out of their days and puts the new
 * ones in, so a back-dated stage change or a reopened figure stays exact under replay. Folds the
 * batch's documents in place (see Projection.evolvesInPlace). Read by opportunity-buckets-reader.ts.
 */
export const opportunityDaysProjection: Projection = (() => {
  let last: Step | undefined;
  const step = (event: Parameters<Projection['evolve']>[1], anchor: Doc | null | undefined): Step => {
    if (last?.event === event && last.anchor === anchor) return last;
    const next = dealAfter(anchor, event);
    last = { event, anchor, next, before: dealEntry(anchor as OpportunityDoc | null), after: dealEntry(next) };
    return last;
  };
  return {
    name: 'sales-opportunity-days',
    version: 1,
    indexes: [{ fields: { day: 1 } }, { fields: { month: 1 } }, { fields: { moveDays: 1 } }] as IndexSpec[],
    canHandle: (type) => type.startsWith('crm.opportunity.'),
    anchorId: (event) => (opportunitiesProjection.documentIds(event).length ? anchorOf(event.data.opportunityId) : undefined),
    evolvesInPlace: true,
    documentIds(event, anchor) {
      const { before, after } = step(event, anchor);
      const days = [...new Set([...daysOf(before), ...daysOf(after)])];
      const months = [...new Set(days.map((d) => d.slice(0, 7)))];
      return [...days.map((d) => `day:${d}`), ...months.map((m) => `month:${m}`), anchorOf(event.data.opportunityId)];
    },
    evolve(doc, event, id, anchor) {
      const { next, before, after } = step(event, anchor);
      if (id.startsWith('deal:')) return next && { ...next, moveDays: daysOf(after) };
      const [kind, period] = id.split(/:(.*)/s) as ['day' | 'month', string];
      const current = (doc as OpportunityPeriod | null) ?? ({ _id: id, _position: 0, [kind]: period, latest: '', open: {}, closed: {} } as OpportunityPeriod);
      if (before) applyEntry(current, before, period, -1);
      if (after) applyEntry(current, after, period, 1);
      return current;
    },
  };
})();
