import Database from 'better-sqlite3';
import { Doc, DocumentCollection, DocumentStore, DocumentWrite, IndexSpec } from '../document-store.port';
import { DocumentConflictError, DuplicateKeyError } from '../errors';
import { indexRows } from './index-keys';
import { CollectionInfo, SqliteCatalog } from './sqlite-catalog';
import { SqliteCollection } from './sqlite-collection';
import { StatementCache } from './statement-cache';

export interface SqliteDocumentStoreOptions {
  /** `NORMAL` (default) or `FULL`; see the constructor for why NORMAL is safe here. */
  synchronous?: 'NORMAL' | 'FULL';
  busyTimeoutMs?: number;
}

/**
 * The embedded DocumentStore: one SQLite table per collection (id, position, doc JSON), one side
 * table per index holding (values → id), MongoDB query semantics through mingo.
 */
export class SqliteDocumentStore implements DocumentStore {
  private readonly db: Database.Database;
  private readonly catalog: SqliteCatalog;
  private readonly statements: StatementCache;

  constructor(file: string, options: SqliteDocumentStoreOptions = {}) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // NORMAL in WAL may lose the last transactions on power loss, never corrupt the file. That is
    // acceptable only because read models are rebuildable from the log and each checkpoint is
    // committed in the same transaction as its documents: a lost tail rolls both back together
    // and the runner re-applies those events. The event log itself stays on FULL.
    this.db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
    this.db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    this.catalog = new SqliteCatalog(this.db);
    this.statements = new StatementCache(this.db);
  }

  collection(name: string): DocumentCollection {
    return new SqliteCollection(name, this.catalog, this.statements);
  }

  async ensureIndexes(collection: string, indexes: IndexSpec[]): Promise<void> {
    this.write(() => {
      for (const spec of indexes) {
        const { index, created } = this.catalog.addIndex(collection, spec);
        if (!created) continue;
        // Backfill from the documents already there; a unique violation aborts the whole call.
        const info = this.catalog.ensure(collection);
        const rows: unknown[][] = [];
        for (const [id, json] of this.statements.get(`SELECT id, doc FROM ${info.table}`).raw().iterate() as Iterable<[string, string]>) {
          for (const keys of indexRows(JSON.parse(json), index.fields)) rows.push([...keys, id]);
        }
        this.insertIndexRows(index, rows);
      }
    }, collection);
  }

  async commit(writes: DocumentWrite[]): Promise<void> {
    if (writes.length === 0) return;
    const byCollection = new Map<string, DocumentWrite[]>();
    for (const w of writes) {
      const group = byCollection.get(w.collection) ?? [];
      group.push(w);
      byCollection.set(w.collection, group);
    }
    this.write(() => {
      for (const [name, group] of byCollection) this.commitCollection(this.catalog.ensure(name), group);
    }, [...byCollection.keys()].join(', '));
  }

  async dropCollection(name: string): Promise<void> {
    this.write(() => this.catalog.drop(name), name);
  }

  async listCollections(): Promise<string[]> {
    return this.catalog.list();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /** Runs `work` under BEGIN IMMEDIATE: the read-then-write guard cannot race another process. */
  private write(work: () => void, collection: string): void {
    try {
      this.db.transaction(work).immediate();
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'SQLITE_CONSTRAINT_UNIQUE') throw new DuplicateKeyError(collection, (error as Error).message);
      throw error;
    }
  }

  private commitCollection(info: CollectionInfo, group: DocumentWrite[]): void {
    const ids = [...new Set(group.map((w) => w.doc._id))];
    const stored = new Map(this.statements
      .get(`SELECT id, position FROM ${info.table} WHERE id IN (SELECT value FROM json_each(?))`)
      .raw().all(JSON.stringify(ids)) as [string, number][]);
    const winners = new Map<string, Doc>();
    for (const { doc, ifPosition } of group) {
      assertDoc(doc);
      const current = stored.get(doc._id);
      if (ifPosition !== undefined) {
        if ((current ?? 0) !== ifPosition) throw new DocumentConflictError(info.name, doc._id, ifPosition, current ?? 0);
      } else if (current !== undefined && doc._position <= current) {
        continue; // replayed or older: the stored document never moves backwards
      }
      stored.set(doc._id, doc._position);
      winners.set(doc._id, doc);
    }
    if (winners.size === 0) return;
    const upsert = this.statements.get(`INSERT INTO ${info.table} (id, position, doc) VALUES (?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET position = excluded.position, doc = excluded.doc`);
    for (const doc of winners.values()) upsert.run(doc._id, doc._position, JSON.stringify(doc));
    const winnerIds = JSON.stringify([...winners.keys()]);
    for (const index of info.indexes) {
      this.statements.get(`DELETE FROM ${index.table} WHERE id IN (SELECT value FROM json_each(?))`).run(winnerIds);
      const rows: unknown[][] = [];
      for (const doc of winners.values()) for (const keys of indexRows(doc, index.fields)) rows.push([...keys, doc._id]);
      this.insertIndexRows(index, rows);
    }
  }

  /** One statement per index and batch: the rows travel as one JSON array, not one call each. */
  private insertIndexRows(index: CollectionInfo['indexes'][number], rows: unknown[][]): void {
    if (rows.length === 0) return;
    const cols = index.fields.map((_, i) => `k${i}`);
    const picks = [...cols, 'id'].map((_, i) => `value ->> ${i}`);
    this.statements.get(`INSERT INTO ${index.table} (${[...cols, 'id'].join(', ')}) SELECT ${picks.join(', ')} FROM json_each(?)`)
      .run(JSON.stringify(rows));
  }
}

function assertDoc(doc: Doc): void {
  if (typeof doc._id !== 'string' || doc._id.length === 0) throw new TypeError('a document needs a string _id');
  if (typeof doc._position !== 'number' || !Number.isFinite(doc._position)) throw new TypeError(`document ${doc._id} needs a numeric _position`);
}
