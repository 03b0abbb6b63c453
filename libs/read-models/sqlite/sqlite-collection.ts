import { Doc, DocumentCollection, Filter, FindOptions } from '../document-store.port';
import { aggregateIn, assertNoScripts, findIn, leadingMatch } from '../mongo-semantics';
import { planCandidates } from './query-planner';
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
  ) {}

  async findOne(filter: Filter): Promise<Doc | null> {
    // By string id (every request's hottest read): one primary-key lookup, nothing for mingo to decide.
    if (typeof filter._id === 'string' && Object.keys(filter).length === 1) {
      const info = this.catalog.get(this.name);
      if (!info) return null;
      const json = this.statements.get(`SELECT doc FROM ${info.table} WHERE id = ?`).pluck().get(filter._id) as string | undefined;
      return json === undefined ? null : (JSON.parse(json) as Doc);
    }
    return (await this.find(filter, { limit: 1 }))[0] ?? null;
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<Doc[]> {
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
    return findIn(this.candidates(filter), filter).length;
  }

  async aggregate(pipeline: Record<string, unknown>[]): Promise<Record<string, unknown>[]> {
    assertNoScripts(pipeline);
    return aggregateIn(this.candidates(leadingMatch(pipeline)), pipeline);
  }

  private candidates(filter: Filter): Doc[] {
    assertNoScripts(filter);
    const info = this.catalog.get(this.name);
    if (!info) return [];
    const plan = planCandidates(filter, info.indexes);
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
