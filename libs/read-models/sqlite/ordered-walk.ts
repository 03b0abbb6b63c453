import { Filter, FindOptions } from '../document-store.port';
import { CandidatePlan, planCandidates } from './query-planner';
import { CollectionInfo } from './sqlite-catalog';

/** Ids in the requested order, straight from the primary key or an index: SQL does the sort. */
export interface OrderedWalk {
  sql: string;
  params: unknown[];
  /** True when the walk is narrowed by an index or id plan, or nothing but the walk's own bounds is left to check. */
  served: boolean;
}

const BOUNDS: Record<string, string> = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' };

/**
 * How to read `find(filter, sort)` in sort order without loading the collection: by `_id` on the
 * primary key, or by an indexed field on a complete index (every document has a row), ties by id.
 * Null when the sort needs mingo (mixed directions, unindexed fields).
 */
export function orderedWalk(info: CollectionInfo, filter: Filter, options: FindOptions, isDense: (plan: CandidatePlan) => boolean = () => false): OrderedWalk | null {
  const sort = Object.entries(options.sort ?? { _id: 1 });
  if (sort.length === 0) sort.push(['_id', 1]);
  const direction = sort[0][1];
  if (sort.some(([, d]) => d !== direction)) return null;
  const order = direction === 1 ? 'ASC' : 'DESC';
  const conjuncts = topLevel(filter);
  // An index narrowing the walk, other than the walked field's own bounds; id ranges and $or with
  // range branches would only materialise most of the collection: left to the walk's bounds and mingo.
  const plan = planCandidates(without(filter, sort[0][0]), info.indexes, info.table);
  // A range that matches many documents (a one- or two-letter prefix) is cheaper probed per walked
  // id than listed and sorted; the density check bounds the walk to about page / density ids.
  const dense = !!plan && !plan.broad && plan.cost >= 4 && !!plan.probe && isDense(plan);
  const narrowing = plan && !plan.broad && !dense ? plan : null;
  if (sort.length === 1 && sort[0][0] === '_id') {
    const bounds = withProbes(boundsOn(conjuncts, '_id', 'w.id'), conjuncts, info, narrowing, '_id');
    if (narrowing?.idOrdered) {
      // Equalities on one index: its rows for those values are in id order already; no list to build.
      const { table, where, params } = narrowing.idOrdered;
      return walk(`SELECT w.id FROM ${table} w`, { sql: [where.replace(/\bk(\d+)\b/g, 'w.k$1'), ...bounds.sql], params: [...params, ...bounds.params] }, null, `w.id ${order}`, true);
    }
    return walk(`SELECT w.id FROM ${info.table} w`, bounds, narrowing, `w.id ${order}`, dense || served(conjuncts, ['_id'], narrowing));
  }
  const index = info.indexes.find((ix) => ix.complete && sort.every(([field], j) => ix.fields[j] === field || (field === '_id' && j === sort.length - 1)));
  if (!index) return null;
  const columns = sort.map(([field], j) => (index.fields[j] === field ? `w.k${j}` : 'w.id'));
  if (columns[columns.length - 1] !== 'w.id') columns.push('w.id');
  const bounds = withProbes(boundsOn(conjuncts, sort[0][0], 'w.k0'), conjuncts, info, narrowing, sort[0][0]);
  const keyset = keysetBound(conjuncts, sort[0][0], 'w.k0', index.fields[1] === '_id' ? 'w.k1' : 'w.id');
  bounds.sql.push(...keyset.sql);
  bounds.params.push(...keyset.params);
  const fields = sort.map(([field]) => field);
  return walk(`SELECT w.id FROM ${index.table} w`, bounds, narrowing, columns.map((c) => `${c} ${order}`).join(', '), dense || served(conjuncts, fields, narrowing));
}

/** Only ids are ordered (a narrowed walk may sort its candidates: ids, never documents). */
function walk(from: string, bounds: { sql: string[]; params: unknown[] }, plan: CandidatePlan | null, orderBy: string, isServed: boolean): OrderedWalk {
  const where = [...bounds.sql];
  const params = [...bounds.params];
  if (plan) {
    where.push(`w.id IN (${plan.sql})`);
    params.push(...plan.params);
  }
  return { sql: `${from}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${orderBy}`, params, served: isServed };
}

/** The filter without conditions on `field` in its top-level conjuncts. */
const without = (filter: Filter, field: string): Filter => Object.fromEntries(Object.entries(filter)
  .filter(([k]) => k !== field)
  .map(([k, v]) => [k, k === '$and' && Array.isArray(v) ? v.map((f) => without(f as Filter, field)) : v]));

const topLevel = (filter: Filter): Filter[] => {
  const and = filter.$and;
  const rest = Object.fromEntries(Object.entries(filter).filter(([k]) => k !== '$and'));
  return [rest, ...(Array.isArray(and) ? and.flatMap((f) => topLevel(f as Filter)) : [])];
};

/** Range bounds a top-level conjunct puts on the walked field, as SQL on its column (same-type only). */
function boundsOn(conjuncts: Filter[], field: string, column: string): { sql: string[]; params: unknown[] } {
  const sql: string[] = [];
  const params: unknown[] = [];
  for (const part of conjuncts) {
    const value = part[field];
    if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
    for (const [op, bound] of Object.entries(value as Record<string, unknown>)) {
      if (!(op in BOUNDS) || typeof bound !== 'string') continue;
      sql.push(`${column} ${BOUNDS[op]} ?`, `${column} >= ''`, `${column} < x''`);
      params.push(bound);
    }
  }
  return { sql, params };
}

/**
 * Every other condition an index serves becomes a probe of the walked id against that index (a
 * few rows by its id column), so documents that cannot match are never loaded or parsed.
 */
function withProbes(bounds: { sql: string[]; params: unknown[] }, conjuncts: Filter[], info: CollectionInfo, narrowing: CandidatePlan | null, walked: string) {
  for (const part of conjuncts) {
    for (const [field, value] of Object.entries(part)) {
      if (field === walked || field.startsWith('$')) continue;
      const probe = planCandidates({ [field]: value }, info.indexes)?.probe;
      if (!probe || (narrowing && narrowing.probe?.where === probe.where && narrowing.probe.table === probe.table && JSON.stringify(narrowing.probe.params) === JSON.stringify(probe.params))) continue;
      bounds.sql.push(`EXISTS (SELECT 1 FROM ${probe.table} x WHERE x.id = w.id AND ${probe.where.replace(/\bk(\d+)\b/g, 'x.k$1')})`);
      bounds.params.push(...probe.params);
    }
  }
  return bounds;
}

/**
 * The keyset form `{$or: [{f: {$gt: v}}, {f: v, _id: {$gt: id}}]}` as one row-value comparison,
 * so the walk seeks straight past the cursor however many documents share its value.
 */
function keysetBound(conjuncts: Filter[], field: string, column: string, idColumn: string): { sql: string[]; params: unknown[] } {
  for (const part of conjuncts) {
    const or = part.$or;
    if (!Array.isArray(or) || or.length !== 2) continue;
    const [after, tie] = or as Filter[];
    const [op, value] = Object.entries((after[field] ?? {}) as Record<string, unknown>)[0] ?? [];
    const idOps = Object.entries((tie._id ?? {}) as Record<string, unknown>);
    if ((op !== '$gt' && op !== '$lt') || typeof value !== 'string' || tie[field] !== value || idOps.length !== 1) continue;
    const [idOp, id] = idOps[0];
    if (idOp !== op || typeof id !== 'string' || Object.keys(tie).length !== 2) continue;
    return { sql: [`(${column}, ${idColumn}) ${BOUNDS[op]} (?, ?)`], params: [value, id] };
  }
  return { sql: [], params: [] };
}

/** Served when an index narrows the walk, or every condition is about the walked fields (bounds, keyset ties). */
function served(conjuncts: Filter[], fields: string[], plan: CandidatePlan | null): boolean {
  if (plan) return true;
  const about = (f: Filter): boolean => Object.entries(f).every(([k, v]) =>
    (k === '$or' || k === '$and') && Array.isArray(v) ? v.every((b) => about(b as Filter)) : fields.includes(k));
  return conjuncts.every(about);
}
