import { problem, ProblemError } from './problem';

/** Cursors are opaque to clients: base64url JSON of the last sort key of the page. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): unknown[] | undefined {
  if (cursor === undefined) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.every((part) => typeof part === 'string' || typeof part === 'number')) return key;
  } catch {
    // fall through to the problem below
  }
  const message = 'is not a cursor returned by this API';
  throw new ProblemError(problem(400, 'bad-cursor', `cursor ${message}`, { errors: [{ field: 'cursor', message }] }));
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  /** How many match in all; only where an index answers it cheaply, never by a scan (else absent). */
  total?: number;
}

/** Takes `limit` of `limit + 1` fetched items; the extra one only tells that more exist. */
export function page<T>(fetched: T[], limit: number, keyOf: (item: T) => unknown[]): Page<T> {
  const items = fetched.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: fetched.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
