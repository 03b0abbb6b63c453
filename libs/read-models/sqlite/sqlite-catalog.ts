import Database from 'better-sqlite3';
import { IndexSpec } from '../document-store.port';
import { InvalidNameError } from '../errors';
import { isValidCollectionName } from '../mongo-semantics';
import { PlannerIndex } from './query-planner';

/** What the store knows about one collection: its quoted table and its index side tables. */
export interface CollectionInfo {
  name: string;
  table: string;
  indexes: (PlannerIndex & { name: string })[];
}

const PATH = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;

// Names are validated before they reach SQL, so double-quoting can never be escaped.
export const tableOf = (collection: string): string => `"rm_${collection}"`;
const indexTableOf = (collection: string, index: string): string => `"rm_${collection}$ix$${index}"`;

export function assertCollectionName(name: string): void {
  if (!isValidCollectionName(name)) throw new InvalidNameError('collection', name);
}

export const indexName = (spec: IndexSpec): string =>
  Object.entries(spec.fields).map(([path, dir]) => `${path}_${dir}`).join('_');

/**
 * Keeps the list of collections and indexes in two meta tables and caches it per connection.
 * The cache follows `PRAGMA schema_version`, so a collection created or dropped by another
 * process sharing the file is noticed on the next call.
 */
export class SqliteCatalog {
  private cache = new Map<string, CollectionInfo>();
  private seenVersion = -1;
  private readonly schemaVersion: Database.Statement;

  constructor(private readonly db: Database.Database) {
    db.exec(`CREATE TABLE IF NOT EXISTS rm_meta_collections (name TEXT PRIMARY KEY);
      CREATE TABLE IF NOT EXISTS rm_meta_indexes (collection TEXT NOT NULL, name TEXT NOT NULL,
        fields TEXT NOT NULL, is_unique INTEGER NOT NULL, complete INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (collection, name));`);
    // Side tables created before documents without a value got a null row cannot serve ordered walks.
    const columns = db.prepare("SELECT name FROM pragma_table_info('rm_meta_indexes')").pluck().all() as string[];
    if (!columns.includes('complete')) {
      try {
        db.exec('ALTER TABLE rm_meta_indexes ADD COLUMN complete INTEGER NOT NULL DEFAULT 0');
      } catch (error) {
        if (!/duplicate column/.test((error as Error).message)) throw error; // another process added it first
      }
    }
    this.schemaVersion = db.prepare('PRAGMA schema_version').pluck();
  }

  /** The collection, or null when it does not exist (reads of a missing collection find nothing). */
  get(name: string): CollectionInfo | null {
    assertCollectionName(name);
    this.refresh();
    return this.cache.get(name) ?? this.load(name);
  }

  /** Creates the collection when absent; call inside a write transaction. */
  ensure(name: string): CollectionInfo {
    const existing = this.get(name);
    if (existing) return existing;
    this.db.exec(`CREATE TABLE IF NOT EXISTS ${tableOf(name)} (id TEXT PRIMARY KEY, position INTEGER NOT NULL, doc TEXT NOT NULL, keys TEXT)`);
    this.db.prepare('INSERT OR IGNORE INTO rm_meta_collections (name) VALUES (?)').run(name);
    return this.load(name)!;
  }

  /** Creates the side table of an index (idempotent); returns it for backfilling when new. */
  addIndex(collection: string, spec: IndexSpec): { index: CollectionInfo['indexes'][number]; created: boolean } {
    const fields = Object.keys(spec.fields);
    for (const f of fields) if (!PATH.test(f)) throw new InvalidNameError('index path', f);
    const name = indexName(spec);
    const info = this.ensure(collection);
    const known = info.indexes.find((i) => i.name === name);
    if (known) return { index: known, created: false };
    const table = indexTableOf(collection, name);
    const cols = fields.map((_, i) => `k${i}`);
    const ix = (suffix: string) => `"rm_${collection}$ix$${name}$${suffix}"`;
    this.db.exec(`CREATE TABLE IF NOT EXISTS ${table} (${cols.join(', ')}, id TEXT NOT NULL);
      CREATE ${spec.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${ix('k')} ON ${table} (${spec.unique ? cols.join(', ') : [...cols, 'id'].join(', ')});
      CREATE INDEX IF NOT EXISTS ${ix('id')} ON ${table} (id);`);
    this.db.prepare('INSERT OR IGNORE INTO rm_meta_indexes (collection, name, fields, is_unique, complete) VALUES (?, ?, ?, ?, 1)')
      .run(collection, name, JSON.stringify(fields), spec.unique ? 1 : 0);
    const index = { name, table, fields, unique: !!spec.unique, complete: true };
    info.indexes.push(index);
    return { index, created: true };
  }

  drop(name: string): void {
    assertCollectionName(name);
    const info = this.get(name);
    if (!info) return;
    for (const index of info.indexes) this.db.exec(`DROP TABLE IF EXISTS ${index.table}`);
    this.db.exec(`DROP TABLE IF EXISTS ${info.table}`);
    this.db.prepare('DELETE FROM rm_meta_indexes WHERE collection = ?').run(name);
    this.db.prepare('DELETE FROM rm_meta_collections WHERE name = ?').run(name);
    this.cache.delete(name);
  }

  list(): string[] {
    return this.db.prepare('SELECT name FROM rm_meta_collections ORDER BY name').pluck().all() as string[];
  }

  private refresh(): void {
    const version = this.schemaVersion.get() as number;
    if (version !== this.seenVersion) {
      this.cache.clear();
      this.seenVersion = version;
    }
  }

  private load(name: string): CollectionInfo | null {
    const exists = this.db.prepare('SELECT 1 FROM rm_meta_collections WHERE name = ?').get(name);
    if (!exists) return null;
    const rows = this.db.prepare('SELECT name, fields, is_unique, complete FROM rm_meta_indexes WHERE collection = ? ORDER BY rowid').all(name) as
      { name: string; fields: string; is_unique: number; complete: number }[];
    const info: CollectionInfo = {
      name,
      table: tableOf(name),
      indexes: rows.map((r) => ({ name: r.name, table: indexTableOf(name, r.name), fields: JSON.parse(r.fields) as string[], unique: r.is_unique === 1, complete: r.complete === 1 })),
    };
    this.cache.set(name, info);
    return info;
  }
}
