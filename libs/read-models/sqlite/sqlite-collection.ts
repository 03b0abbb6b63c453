import { Doc, DocumentCollection, Filter, FindOptions } from '../document-store.port';
import { aggregateIn, assertNoScripts, findIn, leadingMatch, matcher } from '../mongo-semantics';
import { isIndexValue } from './index-keys';
import { orderedWalk } from './ordered-walk';
import { CandidatePlan, planCandidates } from './query-planner';

/** Rows from which a range is probed per id rather than listed (about a 2% density at 250,000 documents). */
const DENSE = 5000;
import { SqliteCatalog } from './sqlite-catalog';
import { StatementCache } from './statement-cache';

/**
 * Read side of one collection: SQL narrows the candidates through an index when the filter
 * allows, mingo then applies the exact MongoDB semantics (filter, sort, skip, limit, pipeline).
 */
export class SqliteCollection implements DocumentCollection {
  constructor(
    private readonly name: string,
    private readonly catalog: SqliteCatalog,
    private readonly statements: StatementCache,
    /** Called with what a query would have to scan; the store refuses there when asked to (tests). */
    private readonly onScan: (collection: string, filter: Filter) => void = () => undefined,
  ) {}

  async findOne(filter: Filter): Promise<Doc | null> {
    // By string id (every request's hottest read): one primary-key lookup, mingo checks the rest.
    if (typeof filter._id === 'string') {
      assertNoScripts(filter);
      const doc = this.byId(filter._id);
      if (!doc) return null;
      return Object.keys(filter).length === 1 || matcher(filter)(doc) ? doc : null;
    }
    return (await this.find(filter, { limit: 1 }))[0] ?? null;
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<Doc[]> {
    assertNoScripts(filter);
    const info = this.catalog.get(this.name);
    if (!info) return [];
    // A bounded page: walk ids in sort order in SQL and stop once enough documents match.
    const idPlan = planCandidates(filter, info.indexes, info.table);
    const walk = options.limit && !(idPlan && idPlan.cost === 0) ? orderedWalk(info, filter, options, (plan) => this.isDense(plan)) : null;
    if (walk) {
      if (!walk.served) this.onScan(this.name, filter);
      return this.walk(walk.sql, walk.params, filter, (options.skip ?? 0) + options.limit!, options.skip ?? 0);
    }
    const candidates = this.candidates(filter);
    // Loading documents by string ids is exact in SQL already; mingo's $in over a thousand ids is not free.
    if (isIdLookup(filter) && !options.sort && !options.skip && !options.limit) return candidates;
    return findIn(candidates, filter, options);
  }

  async count(filter: Filter): Promise<number> {
    assertNoScripts(filter);
    const info = this.catalog.get(this.name);
    if (!info) return 0;
    if (Object.keys(filter).length === 0) return this.statements.get(`SELECT COUNT(*) FROM ${info.table}`).pluck().get() as number;
    // One equality on an indexed field is exactly its index rows: counted without loading a document.
    const entries = Object.entries(filter);
    const index = entries.length === 1 && isIndexValue(entries[0][1]) ? info.indexes.find((ix) => ix.fields[0] === entries[0][0]) : undefined;
    if (index) return this.statements.get(`SELECT COUNT(DISTINCT id) FROM ${index.table} WHERE k0 = ?`).pluck().get(entries[0][1]) as number;
    return findIn(this.candidates(filter), filter).length;
  }

  async aggregate(pipeline: Record<string, unknown>[]): Promise<Record<string, unknown>[]> {
    assertNoScripts(pipeline);
    return aggregateIn(this.candidates(leadingMatch(pipeline)), pipeline);
  }

  /** What `find` would do, for planner specs: the SQL walk or candidate plan, and SQLite's own plan of it. */
  explain(filter: Filter, options: FindOptions = {}): { strategy: 'walk' | 'index' | 'scan'; served: boolean; sql: string; queryPlan: string[] } {
    const info = this.catalog.get(this.name);
    if (!info) throw new Error(`no collection ${this.name}`);
    const idPlan = planCandidates(filter, info.indexes, info.table);
    const walk = options.limit && !(idPlan && idPlan.cost === 0) ? orderedWalk(info, filter, options, (plan) => this.isDense(plan)) : null;
    const [strategy, sql, params, served] = walk
      ? ['walk' as const, walk.sql, walk.params, walk.served]
      : idPlan ? ['index' as const, `SELECT doc FROM ${info.table} WHERE id IN (${idPlan.sql})`, idPlan.params, true] : ['scan' as const, `SELECT doc FROM ${info.table}`, [], false];
    const rows = this.statements.get(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
    return { strategy, served, sql, queryPlan: rows.map((r) => r.detail) };
  }

  /** Whether a range plan matches at least DENSE rows: counted on the index, stopping there. */
  private isDense(plan: CandidatePlan): boolean {
    const { table, where, params } = plan.probe!;
    return (this.statements.get(`SELECT COUNT(*) FROM (SELECT 1 FROM ${table} WHERE ${where} LIMIT ${DENSE})`).pluck().get(...params) as number) >= DENSE;
  }

  private byId(id: string): Doc | null {
    const info = this.catalog.get(this.name);
    if (!info) return null;
    const json = this.statements.get(`SELECT doc FROM ${info.table} WHERE id = ?`).pluck().get(id) as string | undefined;
    return json === undefined ? null : (JSON.parse(json) as Doc);
  }

  /**
   * Reads ids in walk order a batch at a time (growing when the filter rejects many), loads that
   * batch's documents by primary key and keeps those that match, until `until` do: a page parses
   * about a page of documents, however large the collection.
   */
  private walk(sql: string, params: unknown[], filter: Filter, until: number, skip: number): Doc[] {
    const table = this.catalog.get(this.name)!.table;
    const ids = this.statements.get(`${sql} LIMIT ? OFFSET ?`).pluck();
    const load = this.statements.get(`SELECT id, doc FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`).raw();
    const test = Object.keys(filter).length === 0 ? null : matcher(filter);
    const found: Doc[] = [];
    const seen = new Set<string>(); // a multikey index yields a document once per value
    for (let offset = 0, batch = until; found.length < until; offset += batch, batch *= 4) {
      const rows = ids.all(...params, batch, offset) as string[];
      const fresh = rows.filter((id) => !seen.has(id) && seen.add(id));
      const docs = new Map(load.all(JSON.stringify(fresh)) as [string, string][]);
      for (const id of fresh) {
        const json = docs.get(id);
        if (json === undefined) continue;
        const doc = JSON.parse(json) as Doc;
        if (test && !test(doc)) continue;
        found.push(doc);
        if (found.length >= until) break;
      }
      if (rows.length < batch) break;
    }
    return found.slice(skip);
  }

  private candidates(filter: Filter): Doc[] {
    assertNoScripts(filter);
    const info = this.catalog.get(this.name);
    if (!info) return [];
    const plan = planCandidates(filter, info.indexes, info.table);
    if (!plan && Object.keys(filter).length > 0) this.onScan(this.name, filter);
    const rows = plan
      ? this.statements.get(`SELECT doc FROM ${info.table} WHERE id IN (${plan.sql})`).pluck().all(...plan.params)
      : this.statements.get(`SELECT doc FROM ${info.table}`).pluck().all();
    return (rows as string[]).map((json) => JSON.parse(json) as Doc);
  }
}

function isIdLookup(filter: Filter): boolean {
  const keys = Object.keys(filter);
  if (keys.length !== 1 || keys[0] !== '_id') return false;
  const id = filter._id as { $in?: unknown } | unknown;
  if (typeof id === 'string') return true;
  if (!id || typeof id !== 'object') return false;
  const ops = Object.keys(id);
  const values = (id as { $in?: unknown }).$in;
  return ops.length === 1 && Array.isArray(values) && values.every((v) => typeof v === 'string');
}
