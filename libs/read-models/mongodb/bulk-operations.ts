import type { AnyBulkWriteOperation } from 'mongodb';
import { Doc } from '../document-store.port';
import { PlannedWrite } from './commit-plan';

/** E11000: a unique index (the `_id` one included) refused a key. */
export const DUPLICATE_KEY = 11000;

/** The fields of a server write error this adapter reads (driver WriteError or raw reply). */
export interface WriteErrorLike {
  code?: number;
  index: number;
  errmsg?: string;
  keyPattern?: Record<string, unknown>;
  err?: { keyPattern?: Record<string, unknown>; errmsg?: string };
}

/** What a failed operation means for the commit. */
export type WriteOutcome = 'skipped' | 'conflict' | 'duplicate' | 'error';

/**
 * The position guard as MongoDB operations. A guarded write only matches a stored document with
 * a lower `_position`; when the stored one is newer or equal the filter misses, the upsert tries
 * to insert the same `_id`, and E11000 on `_id` reports "already newer" (see outcomeOf).
 */
export function toBulkOperation(write: PlannedWrite): AnyBulkWriteOperation<Doc> {
  const { doc } = write;
  if (write.kind === 'guarded') {
    return { replaceOne: { filter: { _id: doc._id, _position: { $lt: doc._position } }, replacement: doc, upsert: true } };
  }
  if (write.stored === null) return { insertOne: { document: doc } };
  return { replaceOne: { filter: { _id: doc._id, _position: write.stored }, replacement: doc } };
}

/** True when E11000 came from the `_id` index rather than a unique read-model index. */
export function isIdDuplicate(error: WriteErrorLike): boolean {
  if (error.code !== DUPLICATE_KEY) return false;
  const pattern = error.keyPattern ?? error.err?.keyPattern;
  if (pattern) return Object.keys(pattern).length === 1 && '_id' in pattern;
  return /index: _id_ /.test(error.errmsg ?? error.err?.errmsg ?? '');
}

/**
 * Reads one write error against the operation that caused it: a guarded write that lost to a
 * newer document was skipped; a compare-and-set that found the document present lost its race.
 */
export function outcomeOf(error: WriteErrorLike, write: PlannedWrite): WriteOutcome {
  if (error.code !== DUPLICATE_KEY) return 'error';
  if (!isIdDuplicate(error)) return 'duplicate';
  return write.kind === 'guarded' ? 'skipped' : 'conflict';
}

/** The driver reports one error or several; always a list here. */
export function writeErrorsOf(error: unknown): WriteErrorLike[] {
  const raw = (error as { writeErrors?: WriteErrorLike | readonly WriteErrorLike[] }).writeErrors;
  if (raw === undefined) return [];
  return Array.isArray(raw) ? [...raw] : [raw as WriteErrorLike];
}
