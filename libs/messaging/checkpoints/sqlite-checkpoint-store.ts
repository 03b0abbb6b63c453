import Database from 'better-sqlite3';
import { CheckpointStore } from './checkpoint-store';

/**
 * Checkpoints in a SQLite file, durable on return (WAL + synchronous=FULL), so a relay that is
 * killed right after `save` resumes from exactly there.
 */
export class SqliteCheckpointStore implements CheckpointStore {
  private readonly db: Database.Database;
  private readonly select: Database.Statement<[string], { position: number }>;
  private readonly upsert: Database.Statement<[string, number]>;

  constructor(filename: string) {
    this.db = new Database(filename);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec('CREATE TABLE IF NOT EXISTS checkpoints (name TEXT PRIMARY KEY, position INTEGER NOT NULL) STRICT');
    this.select = this.db.prepare('SELECT position FROM checkpoints WHERE name = ?');
    this.upsert = this.db.prepare(
      'INSERT INTO checkpoints (name, position) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET position = excluded.position',
    );
  }

  async load(name: string): Promise<number> {
    return this.select.get(name)?.position ?? 0;
  }

  async save(name: string, position: number): Promise<void> {
    if (!Number.isSafeInteger(position) || position < 0) throw new RangeError(`checkpoint ${name}: bad position ${position}`);
    this.upsert.run(name, position);
  }

  close(): void {
    this.db.close();
  }
}
