import Database from 'better-sqlite3';
import { KeyRecord, KeyRecords, Reseal, StoredKey } from './key-records';

const SCHEMA = `CREATE TABLE IF NOT EXISTS subject_keys (
  id TEXT PRIMARY KEY,
  material BLOB,
  sealed INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  destroyed_at TEXT
) WITHOUT ROWID`;

type Row = { id: string; material: Buffer | null; sealed: number };

/**
 * The embedded key store: a SQLite file of its own (`subject-keys.db` in CRM_DATA_DIR), never the
 * read models' file, so deleting or rebuilding read models cannot lose a key. A NULL material is
 * a destroyed key.
 */
export class SqliteKeyRecords implements KeyRecords {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(readonly location: string) {
    this.db = new Database(location);
    this.db.pragma('journal_mode = WAL');
    // Unlike read models these bytes cannot be rebuilt from anything: a lost key is a lost subject.
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    // A destroyed key's bytes are zeroed in the file, not left in a free page.
    this.db.pragma('secure_delete = ON');
    this.db.exec(SCHEMA);
    this.statements = {
      read: this.db.prepare<[string], Row>('SELECT id, material, sealed FROM subject_keys WHERE id IN (SELECT value FROM json_each(?))'),
      insert: this.db.prepare('INSERT INTO subject_keys (id, material, sealed, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING'),
      destroy: this.db.prepare(`INSERT INTO subject_keys (id, material, sealed, created_at, destroyed_at) VALUES (@id, NULL, 0, @now, @now)
        ON CONFLICT (id) DO UPDATE SET material = NULL, sealed = 0, destroyed_at = COALESCE(destroyed_at, excluded.destroyed_at)`),
      plain: this.db.prepare<[number], Row>('SELECT id, material, sealed FROM subject_keys WHERE sealed = 0 AND material IS NOT NULL LIMIT ?'),
      anySealed: this.db.prepare<[], Row>('SELECT id, material, sealed FROM subject_keys WHERE sealed = 1 AND material IS NOT NULL LIMIT 1'),
      reseal: this.db.prepare('UPDATE subject_keys SET material = ?, sealed = 1 WHERE id = ? AND sealed = 0 AND material = ?'),
    };
  }

  async read(ids: string[]): Promise<Map<string, StoredKey>> {
    const found = new Map<string, StoredKey>();
    for (const row of this.statements.read.all(JSON.stringify(ids))) {
      found.set(row.id, row.material ? { state: 'active', material: row.material, sealed: row.sealed === 1 } : { state: 'destroyed' });
    }
    return found;
  }

  async insertAbsent(records: KeyRecord[]): Promise<Set<string>> {
    const now = new Date().toISOString();
    const inserted = new Set<string>();
    this.db.transaction(() => {
      for (const r of records) if (this.statements.insert.run(r.id, r.material, r.sealed ? 1 : 0, now).changes === 1) inserted.add(r.id);
    })();
    return inserted;
  }

  async destroy(ids: string[]): Promise<void> {
    const now = new Date().toISOString();
    this.db.transaction(() => {
      for (const id of ids) this.statements.destroy.run({ id, now });
    })();
    // The WAL still holds the page image from when the key was written: fold it in and truncate.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  async plain(limit: number): Promise<KeyRecord[]> {
    return this.statements.plain.all(limit).map(toRecord);
  }

  async anySealed(): Promise<KeyRecord | null> {
    const row = this.statements.anySealed.get();
    return row ? toRecord(row) : null;
  }

  async reseal(updates: Reseal[]): Promise<void> {
    this.db.transaction(() => {
      for (const u of updates) this.statements.reseal.run(u.wrapped, u.id, u.expected);
    })();
    this.db.pragma('wal_checkpoint(TRUNCATE)'); // the plain key's page image must not outlive it in the WAL
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

const toRecord = (row: Row): KeyRecord => ({ id: row.id, material: row.material as Buffer, sealed: row.sealed === 1 });
