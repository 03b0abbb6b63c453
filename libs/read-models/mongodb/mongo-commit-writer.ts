import { ClientSession, Db, MongoError, MongoErrorLabel } from 'mongodb';
import { Doc } from '../document-store.port';
import { DocumentConflictError, DuplicateKeyError } from '../errors';
import { outcomeOf, toBulkOperation, writeErrorsOf } from './bulk-operations';
import { PlannedWrite, StoredPositions } from './commit-plan';

/**
 * The write side of a commit once it is planned: reads the stored positions, runs the planned
 * writes per collection as bulk operations and turns write errors into the port's errors. With a
 * session, everything runs inside the caller's transaction.
 */
export class MongoCommitWriter {
  constructor(private readonly db: Db) {}

  async readPositions(ids: Map<string, string[]>, session?: ClientSession): Promise<StoredPositions> {
    const stored: StoredPositions = new Map();
    // Sequential: operations of one transaction must not run in parallel.
    for (const [name, list] of ids) {
      const rows = await this.db.collection<Doc>(name)
        .find({ _id: { $in: list } }, { projection: { _position: 1 }, session }).toArray();
      stored.set(name, new Map(rows.map((row) => [String(row._id), Number(row._position)])));
    }
    return stored;
  }

  /** Compare-and-set writes first, as their own batch, so their matched count can be checked. */
  async apply(name: string, planned: PlannedWrite[], session?: ClientSession): Promise<void> {
    const cas = planned.filter((w) => w.kind === 'expect');
    const guarded = planned.filter((w) => w.kind === 'guarded');
    if (cas.length > 0) {
      const matched = await this.bulk(name, cas, session);
      const replaces = cas.filter((w) => w.kind === 'expect' && w.stored !== null).length;
      if (matched !== replaces) await this.throwConflict(name, cas);
    }
    if (guarded.length > 0) await this.bulk(name, guarded, session);
  }

  /**
   * Runs one unordered batch (one write per document, so order cannot matter); answers matched.
   * Outside a transaction a guarded write that met a duplicate `_id` runs once more: two commits
   * inserting the same new document race, and the loser's filter was read before the winner's
   * insert. On the second run the document exists, so a duplicate `_id` really means "newer".
   */
  private async bulk(name: string, writes: PlannedWrite[], session?: ClientSession, attempt = 1): Promise<number> {
    try {
      const result = await this.db.collection<Doc>(name).bulkWrite(writes.map(toBulkOperation), { ordered: false, session });
      return result.matchedCount;
    } catch (error) {
      const errors = writeErrorsOf(error);
      if (errors.length === 0) throw error;
      const outcomes = errors.map((e) => ({ error: e, write: writes[e.index], outcome: outcomeOf(e, writes[e.index]) }));
      const duplicate = outcomes.find((o) => o.outcome === 'duplicate');
      if (duplicate) throw new DuplicateKeyError(name, duplicate.error.errmsg ?? (error as Error).message);
      if (outcomes.some((o) => o.outcome === 'conflict')) await this.throwConflict(name, writes);
      if (outcomes.some((o) => o.outcome !== 'skipped')) throw error;
      if (session) {
        // The positions came from this transaction's snapshot, so a duplicate `_id` means a
        // concurrent commit got there first: let withTransaction start again from a new snapshot.
        if (error instanceof MongoError) error.addErrorLabel(MongoErrorLabel.TransientTransactionError);
        throw error;
      }
      const matched = (error as { result?: { matchedCount?: number } }).result?.matchedCount ?? 0;
      if (attempt > 1) return matched;
      return matched + await this.bulk(name, outcomes.map((o) => o.write), undefined, attempt + 1);
    }
  }

  /** A compare-and-set lost a race after the positions were read: name the document that moved. */
  private async throwConflict(name: string, writes: PlannedWrite[]): Promise<never> {
    const ids = writes.map((w) => w.doc._id);
    const now = (await this.readPositions(new Map([[name, ids]]))).get(name) ?? new Map<string, number>();
    const moved = writes.find((w) => w.kind === 'expect' && (now.get(w.doc._id) ?? null) !== w.stored) ?? writes[0];
    const expected = moved.kind === 'expect' ? moved.stored ?? 0 : 0;
    throw new DocumentConflictError(name, moved.doc._id, expected, now.get(moved.doc._id) ?? 0);
  }
}
