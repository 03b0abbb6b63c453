import { Aggregator, Query } from 'mingo';
import { Doc, Filter, FindOptions } from './document-store.port';
import { UnsafeQueryError } from './errors';

// Script operators would run caller-supplied code; refuse them before mingo sees them, and keep
// mingo's own switch off as a second lock.
const SCRIPT_OPERATORS = new Set(['$where', '$function', '$accumulator']);
const MINGO_OPTIONS = { scriptEnabled: false, idKey: '_id' } as const;

/** Throws UnsafeQueryError when a filter or pipeline contains a script operator or a function. */
export function assertNoScripts(value: unknown): void {
  if (typeof value === 'function') throw new UnsafeQueryError('a function value');
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) assertNoScripts(item);
    return;
  }
  for (const [key, inner] of Object.entries(value)) {
    if (SCRIPT_OPERATORS.has(key)) throw new UnsafeQueryError(key);
    assertNoScripts(inner);
  }
}

/** Filter, sort, skip and limit with MongoDB semantics (mingo). */
export function findIn(docs: Doc[], filter: Filter, options: FindOptions = {}): Doc[] {
  assertNoScripts(filter);
  let cursor = new Query(filter, MINGO_OPTIONS).find<Doc>(docs);
  if (options.sort && Object.keys(options.sort).length > 0) cursor = cursor.sort(options.sort);
  if (options.skip) cursor = cursor.skip(options.skip);
  if (options.limit) cursor = cursor.limit(options.limit);
  return cursor.all();
}

/** A test of single documents against a filter, with MongoDB semantics (compiled once). */
export function matcher(filter: Filter): (doc: Doc) => boolean {
  assertNoScripts(filter);
  const query = new Query(filter, MINGO_OPTIONS);
  return (doc) => query.test(doc);
}

export function aggregateIn(docs: Doc[], pipeline: Record<string, unknown>[]): Record<string, unknown>[] {
  assertNoScripts(pipeline);
  return new Aggregator(pipeline, MINGO_OPTIONS).run(docs);
}

/** The filter of a leading `$match` stage: what an adapter may use to narrow candidates. */
export function leadingMatch(pipeline: Record<string, unknown>[]): Filter {
  const first = pipeline[0];
  const match = first && typeof first === 'object' ? first.$match : undefined;
  return match && typeof match === 'object' ? (match as Filter) : {};
}

const NAME = /^[A-Za-z0-9_.-]{1,120}$/;
export const isValidCollectionName = (name: string): boolean => NAME.test(name) && !name.startsWith('.');
