import { Filter } from '../document-store.port';
import { isIndexValue } from './index-keys';

/** An index as the planner sees it: its side table (already quoted) and its fields in order. */
export interface PlannerIndex {
  table: string;
  fields: string[];
  unique: boolean;
  /** Every document has at least one row (missing values as null), so an ordered walk sees them all. */
  complete: boolean;
}

/** A sub-select yielding a superset of the ids that can match; mingo decides the rest. */
export interface CandidatePlan {
  sql: string;
  params: unknown[];
  /** Lower is more selective. */
  cost: number;
  /**
   * Set when the plan is equalities on one index: its rows are then already in id order there
   * (the side table's index ends with id), so an id-ordered walk reads it directly.
   */
  idOrdered?: { table: string; where: string; params: unknown[] };
  /** Conditions on one index's side table (unqualified k0…): lets a walk probe one id against it. */
  probe?: { table: string; where: string; params: unknown[] };
  /** May cover most of the collection (an id range, an $or with a range branch): no use to narrow an ordered walk. */
  broad?: boolean;
}

type Condition = { kind: 'eq' | 'in' | 'range'; sql: (column: string) => string; params: unknown[] };

/**
 * Picks the most selective index-served part of a filter: equality, $in or $all on an indexed
 * path (or `_id`), a range, a compound prefix, or an $or whose every branch is served.
 * Returns null when only a scan can answer.
 */
export function planCandidates(filter: Filter, indexes: PlannerIndex[], idTable?: string): CandidatePlan | null {
  const conjuncts = flattenAnd(filter);
  let best: CandidatePlan | null = null;
  const consider = (plan: CandidatePlan | null) => {
    if (plan && (!best || plan.cost < best.cost)) best = plan;
  };
  for (const part of conjuncts) {
    for (const [path, value] of Object.entries(part)) {
      if (path === '$or' && Array.isArray(value)) consider(planOr(value as Filter[], indexes, idTable));
      if (path === '_id') consider(planId(value, idTable));
    }
    for (const index of indexes) consider(planIndex(part, index));
  }
  return best;
}

function flattenAnd(filter: Filter): Filter[] {
  const out: Filter[] = [filter];
  const and = filter.$and;
  if (Array.isArray(and)) for (const f of and) if (f && typeof f === 'object') out.push(...flattenAnd(f as Filter));
  return out;
}

function planOr(branches: Filter[], indexes: PlannerIndex[], idTable?: string): CandidatePlan | null {
  if (branches.length === 0) return null;
  const plans = branches.map((b) => planCandidates(b, indexes, idTable));
  if (plans.some((p) => p === null)) return null;
  const served = plans as CandidatePlan[];
  return {
    sql: served.map((p) => p.sql).join(' UNION '),
    params: served.flatMap((p) => p.params),
    cost: 5 + Math.max(...served.map((p) => p.cost)),
    broad: served.some((p) => p.broad || p.cost >= 4),
  };
}

function planId(value: unknown, idTable?: string): CandidatePlan | null {
  const cond = condition(value);
  if (!cond) return null;
  // An id range walks the primary key; the least selective plan, but never a scan.
  if (cond.kind === 'range') return idTable ? { sql: `SELECT id FROM ${idTable} WHERE ${cond.sql('id')}`, params: cond.params, cost: 6, broad: true } : null;
  if (cond.kind === 'eq') return { sql: 'SELECT ? AS id', params: cond.params, cost: 0 };
  return { sql: 'SELECT value AS id FROM json_each(?)', params: cond.params, cost: 0 };
}

function planIndex(part: Filter, index: PlannerIndex): CandidatePlan | null {
  const clauses: string[] = [];
  const params: unknown[] = [];
  let cost = 0;
  for (let i = 0; i < index.fields.length; i++) {
    const cond = condition(part[index.fields[i]]);
    if (!cond) break;
    clauses.push(cond.sql(`k${i}`));
    params.push(...cond.params);
    if (i === 0) cost = cond.kind === 'eq' ? (index.unique ? 1 : 2) : cond.kind === 'in' ? 3 : 4;
    else cost -= 0.5;
    if (cond.kind !== 'eq') break; // only equality prefixes keep later columns ordered
  }
  if (clauses.length === 0) return null;
  const where = clauses.join(' AND ');
  const allEqual = condition(part[index.fields[clauses.length - 1]])?.kind === 'eq';
  const probe = { table: index.table, where, params };
  return { sql: `SELECT id FROM ${index.table} WHERE ${where}`, params, cost, probe, ...(allEqual ? { idOrdered: probe } : {}) };
}

const RANGE_OPS: Record<string, string> = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' };

/** What a field's value in a filter says in index terms, or null when the index cannot narrow it. */
function condition(value: unknown): Condition | null {
  if (isIndexValue(value)) return { kind: 'eq', sql: (c) => `${c} = ?`, params: [value] };
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const ops = value as Record<string, unknown>;
  if (!Object.keys(ops).every((k) => k.startsWith('$'))) return null; // embedded-document equality
  if (isIndexValue(ops.$eq)) return { kind: 'eq', sql: (c) => `${c} = ?`, params: [ops.$eq] };
  if (Array.isArray(ops.$in) && ops.$in.every(isIndexValue)) {
    return { kind: 'in', sql: (c) => `${c} IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(ops.$in)] };
  }
  if (Array.isArray(ops.$all) && ops.$all.length > 0 && isIndexValue(ops.$all[0])) {
    return { kind: 'eq', sql: (c) => `${c} = ?`, params: [ops.$all[0]] };
  }
  // One array element within bounds (a prefix of a search token): a range on the multikey index.
  const elem = ops.$elemMatch;
  if (Object.keys(ops).length === 1 && elem && typeof elem === 'object' && !Array.isArray(elem)) {
    const inner = elem as Record<string, unknown>;
    if (Object.keys(inner).every((k) => k in RANGE_OPS)) return rangeCondition(inner);
  }
  return rangeCondition(ops);
}

// SQLite orders NULL < numbers < text < blob; MongoDB ranges never cross types, so each range is
// closed at its type's edge ('' is the least text, x'' the least blob).
function rangeCondition(ops: Record<string, unknown>): Condition | null {
  const bounds = Object.entries(ops).filter(([op, v]) => op in RANGE_OPS && isIndexValue(v)) as [string, string | number][];
  if (bounds.length === 0) return null;
  const type = typeof bounds[0][1];
  if (bounds.some(([, v]) => typeof v !== type)) return null;
  const parts = bounds.map(([op]) => (c: string) => `${c} ${RANGE_OPS[op]} ?`);
  const params: unknown[] = bounds.map(([, v]) => v);
  const hasLower = bounds.some(([op]) => op.startsWith('$gt'));
  const hasUpper = bounds.some(([op]) => op.startsWith('$lt'));
  if (type === 'number' && !hasUpper) parts.push((c) => `${c} < ''`);
  if (type === 'string' && !hasUpper) parts.push((c) => `${c} < x''`);
  if (type === 'string' && !hasLower) parts.push((c) => `${c} >= ''`);
  return { kind: 'range', sql: (c) => parts.map((p) => p(c)).join(' AND '), params };
}
