import Database from 'better-sqlite3';
import { Doc, DocumentStore, DocumentWrite, IndexSpec } from '../document-store.port';
import { DocumentConflictError, DuplicateKeyError, UnindexedQueryError } from '../errors';
import { indexRows } from './index-keys';
import { IndexMaintenance, insertIndexRows, StoredKeys } from './index-maintenance';
import { CollectionInfo, SqliteCatalog } from './sqlite-catalog';
import { SqliteCollection } from './sqlite-collection';
import { StatementCache } from './statement-cache';

export interface SqliteDocumentStoreOptions {
  /** `NORMAL` (default) or `FULL`; see the constructor for why NORMAL is safe here. */
  synchronous?: 'NORMAL' | 'FULL';
  busyTimeoutMs?: number;
  /** Throw UnindexedQueryError instead of scanning a collection (planner specs; production scans and stays correct). */
  refuseScans?: boolean;
}

/**
 * The embedded DocumentStore: one SQLite table per collection (id, position, doc JSON), one side
 * table per index holding (values → id), MongoDB query semantics through mingo.
 */
export class SqliteDocumentStore implements DocumentStore {
  private readonly db: Database.Database;
  private readonly catalog: SqliteCatalog;
  private readonly statements: StatementCache;
  private readonly onScan: (collection: string, filter: unknown) => void;

  constructor(file: string, options: SqliteDocumentStoreOptions = {}) {
    this.onScan = options.refuseScans ? (collection, filter) => { throw new UnindexedQueryError(collection, filter); } : () => undefined;
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // NORMAL in WAL may lose the last transactions on power loss, never corrupt the file. That is
    // acceptable only because read models are rebuildable from the log and each checkpoint is
    // committed in the same transaction as its documents: a lost tail rolls both back together
    // and the runner re-applies those events. The event log itself stays on FULL.
    this.db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
    this.db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    // Erasure must not leave personal data in free pages: deleted and overwritten content is zeroed.
    this.db.pragma('secure_delete = ON');
    this.catalog = new SqliteCatalog(this.db);
    this.statements = new StatementCache(this.db);
  }

  /** Moves the WAL into the main file and truncates it, so old page versions do not linger there. */
  async scrub(): Promise<void> {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  collection(name: string): SqliteCollection {
    return new SqliteCollection(name, this.catalog, this.statements, this.onScan);
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
          for (const keys of indexRows(JSON.parse(json), index.fields, index.complete)) rows.push([...keys, id]);
        }
        insertIndexRows(this.statements, index, rows);
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
    const stored = new Map((this.statements
      .get(`SELECT id, position, keys FROM ${info.table} WHERE id IN (SELECT value FROM json_each(?))`)
      .raw().all(JSON.stringify(ids)) as [string, number, string | null][]).map(([id, position, keys]) => [id, { position, keys }]));
    const winners = new Map<string, Doc>();
    const positions = new Map([...stored].map(([id, row]) => [id, row.position]));
    for (const { doc, ifPosition } of group) {
      assertDoc(doc);
      const current = positions.get(doc._id);
      if (ifPosition !== undefined) {
        if ((current ?? 0) !== ifPosition) throw new DocumentConflictError(info.name, doc._id, ifPosition, current ?? 0);
      } else if (current !== undefined && doc._position <= current) {
        continue; // replayed or older: the stored document never moves backwards
      }
      positions.set(doc._id, doc._position);
      winners.set(doc._id, doc);
    }
    if (winners.size === 0) return;
    // The guard was decided above, so a plain UPDATE or INSERT does: cheaper than an upsert.
    const update = this.statements.get(`UPDATE ${info.table} SET position = ?, doc = ?, keys = ? WHERE id = ?`);
    const insert = this.statements.get(`INSERT INTO ${info.table} (id, position, doc, keys) VALUES (?, ?, ?, ?)`);
    const indexes = new IndexMaintenance(info, this.statements);
    for (const doc of winners.values()) {
      const previous = stored.get(doc._id);
      const keys = JSON.stringify(indexes.track(doc, previous !== undefined, previous?.keys ? (JSON.parse(previous.keys) as StoredKeys) : null));
      if (previous) update.run(doc._position, JSON.stringify(doc), keys, doc._id);
      else insert.run(doc._id, doc._position, JSON.stringify(doc), keys);
    }
    indexes.flush();
  }
}

function assertDoc(doc: Doc): void {
  if (typeof doc._id !== 'string' || doc._id.length === 0) throw new TypeError('a document needs a string _id');
  if (typeof doc._position !== 'number' || !Number.isFinite(doc._position)) throw new TypeError(`document ${doc._id} needs a numeric _position`);
}
