import { EventEnvelope } from '../envelope';

export type StoredIdsMatch =
  /** None of the ids is among the stored events: a new append. */
  | { kind: 'new' }
  /** All ids are stored consecutively and in order: a repeat, answered with the original events. */
  | { kind: 'repeat'; events: EventEnvelope[] }
  /** Some ids are stored, or all of them but not as one run: refused, nothing is written. */
  | { kind: 'overlap'; eventId: string };

/**
 * Compares the ids of an append with stored events of the same stream (any contiguous slice of
 * it, in revision order). Pure, so the idempotency rule is tested without a server.
 */
export function matchStoredIds(stored: EventEnvelope[], ids: string[]): StoredIdsMatch {
  const twice = firstRepeatedId(ids);
  if (twice !== undefined) return { kind: 'overlap', eventId: twice };
  const byId = new Map(stored.map((event, index) => [event.eventId, index]));
  const found = ids.map((id) => byId.get(id));
  const firstFound = found.findIndex((index) => index !== undefined);
  if (firstFound === -1) return { kind: 'new' };
  const start = found[0];
  const isRun = start !== undefined && found.every((index, i) => index === start + i);
  if (!isRun) return { kind: 'overlap', eventId: ids[firstFound] };
  return { kind: 'repeat', events: stored.slice(start, start + ids.length) };
}

/** An id given twice in one append can never be a valid write. */
export function firstRepeatedId(ids: string[]): string | undefined {
  return ids.find((id, i) => ids.indexOf(id) !== i);
}
