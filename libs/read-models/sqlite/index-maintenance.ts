import { Doc } from '../document-store.port';
import { indexRows } from './index-keys';
import { CollectionInfo } from './sqlite-catalog';
import { StatementCache } from './statement-cache';

type Index = CollectionInfo['indexes'][number];
/** Per index name, the rows (JSON text) a document put in that index when it was written. */
export type StoredKeys = Record<string, string[]>;

interface Changes {
  added: unknown[][];
  removed: unknown[][];
  replaceAll: string[];
}

/**
 * Keeps the side tables in step with written documents. Each document row remembers the index
 * rows it produced, so a rewrite touches only the keys that changed: most updates (a new
 * interaction on a customer) change no indexed value and cost no index write at all.
 */
export class IndexMaintenance {
  private readonly changes = new Map<Index, Changes>();

  constructor(private readonly info: CollectionInfo, private readonly statements: StatementCache) {
    for (const index of info.indexes) this.changes.set(index, { added: [], removed: [], replaceAll: [] });
  }

  /** Records the index changes of one document; returns what to store as its keys. */
  track(doc: Doc, existed: boolean, previous: StoredKeys | null): StoredKeys {
    const keys: StoredKeys = {};
    for (const [index, changes] of this.changes) {
      const rows = indexRows(doc, index.fields, index.complete).map((r) => JSON.stringify(r));
      keys[index.name] = rows;
      const old = previous?.[index.name];
      if (!existed) {
        for (const r of rows) changes.added.push([...JSON.parse(r), doc._id]);
      } else if (!old) {
        // Written before this index existed (or by an older version): replace its rows wholesale.
        changes.replaceAll.push(doc._id);
        for (const r of rows) changes.added.push([...JSON.parse(r), doc._id]);
      } else {
        const before = new Set(old);
        const after = new Set(rows);
        for (const r of rows) if (!before.has(r)) changes.added.push([...JSON.parse(r), doc._id]);
        for (const r of old) if (!after.has(r)) changes.removed.push([...JSON.parse(r), doc._id]);
      }
    }
    return keys;
  }

  /** Deletes before inserts, so a value moving between documents in one commit is no conflict. */
  flush(): void {
    for (const [index, { added, removed, replaceAll }] of this.changes) {
      const cols = index.fields.map((_, i) => `k${i}`);
      if (replaceAll.length) this.statements.get(`DELETE FROM ${index.table} WHERE id IN (SELECT value FROM json_each(?))`).run(JSON.stringify(replaceAll));
      if (removed.length) {
        const del = this.statements.get(`DELETE FROM ${index.table} WHERE id = ? AND ${cols.map((c) => `${c} IS ?`).join(' AND ')}`);
        for (const row of removed) del.run(row[row.length - 1], ...row.slice(0, -1));
      }
      insertIndexRows(this.statements, index, added);
    }
  }
}

/** One statement per index and batch: the rows travel as one JSON array, not one call each. */
export function insertIndexRows(statements: StatementCache, index: Index, rows: unknown[][]): void {
  if (rows.length === 0) return;
  const cols = [...index.fields.map((_, i) => `k${i}`), 'id'];
  statements.get(`INSERT INTO ${index.table} (${cols.join(', ')}) SELECT ${cols.map((_, i) => `value ->> ${i}`).join(', ')} FROM json_each(?)`)
    .run(JSON.stringify(rows));
}
