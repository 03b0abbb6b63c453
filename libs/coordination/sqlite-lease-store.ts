import Database from 'better-sqlite3';
import { Lease, LeaseStore } from './lease-store';

const SCHEMA = `CREATE TABLE IF NOT EXISTS leases (
  name TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  token INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
) WITHOUT ROWID`;

type Row = { name: string; holder: string; token: number; expires_at: number };

/**
 * Leases in a SQLite file of their own (`leases.db` in CRM_DATA_DIR), shared by the processes of
 * one machine. Each operation is one IMMEDIATE transaction (the write lock is taken before the
 * read), so two processes can never both see the lease free. Expiry uses the wall clock of the
 * machine, which every sharing process reads the same.
 */
export class SqliteLeaseStore implements LeaseStore {
  private readonly db: Database.Database;
  private readonly read;
  private readonly write;

  constructor(readonly location: string, private readonly now: () => number = Date.now) {
    this.db = new Database(location);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    this.read = this.db.prepare<[string], Row>('SELECT name, holder, token, expires_at FROM leases WHERE name = ?');
    this.write = this.db.prepare('INSERT INTO leases (name, holder, token, expires_at) VALUES (@name, @holder, @token, @expiresAt) ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, token = excluded.token, expires_at = excluded.expires_at');
  }

  async acquire(name: string, holder: string, ttlMs: number): Promise<Lease | null> {
    return this.db.transaction((): Lease | null => {
      const now = this.now();
      const row = this.read.get(name);
      const live = row !== undefined && row.expires_at > now;
      if (live && row.holder !== holder) return null;
      const token = live ? row.token : (row?.token ?? 0) + 1;
      const lease = { name, holder, token, expiresAt: now + ttlMs };
      this.write.run(lease);
      return lease;
    }).immediate();
  }

  async renew(lease: Lease, ttlMs: number): Promise<Lease | null> {
    return this.db.transaction((): Lease | null => {
      const now = this.now();
      if (!this.holds(lease, now)) return null;
      const renewed = { ...lease, expiresAt: now + ttlMs };
      this.write.run(renewed);
      return renewed;
    }).immediate();
  }

  async current(name: string): Promise<Lease | null> {
    const row = this.read.get(name);
    return row && row.expires_at > this.now() ? { name, holder: row.holder, token: row.token, expiresAt: row.expires_at } : null;
  }

  async isCurrent(lease: Lease): Promise<boolean> {
    return this.holds(lease, this.now());
  }

  async release(lease: Lease): Promise<void> {
    this.db.transaction(() => {
      // Expired, not deleted: the token must keep growing for the next holder.
      if (this.holds(lease, this.now())) this.write.run({ ...lease, expiresAt: 0 });
    }).immediate();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private holds(lease: Lease, now: number): boolean {
    const row = this.read.get(lease.name);
    return row !== undefined && row.holder === lease.holder && row.token === lease.token && row.expires_at > now;
  }
}
