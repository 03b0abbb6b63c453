import { EventEnvelope } from '../../event-store/envelope';
import { Doc } from '../document-store.port';
import { Projection } from '../projection';

/**
 * Given events → then documents, folded the way the runner does (position guard included),
 * so a spec can also replay the same events and expect nothing to change. Events the projection's
 * `canHandle` refuses are skipped, as the runner skips them.
 */
export function given(projection: Projection, events: EventEnvelope[]): Map<string, Doc> {
  const docs = new Map<string, Doc>();
  for (const event of events) {
    if (projection.canHandle && !projection.canHandle(event.type)) continue;
    const anchorId = projection.anchorId?.(event);
    if (projection.anchorId && anchorId === undefined) continue;
    const anchor = anchorId === undefined ? undefined : (docs.get(anchorId) ?? null);
    if (anchor && event.position <= anchor._position) continue;
    for (const id of projection.documentIds(event, anchor)) {
      const stored = docs.get(id) ?? null;
      if (stored && event.position <= stored._position) continue;
      // An in-place projection's buckets get a private copy: the runner's are its own, loaded for the batch.
      const doc = projection.evolvesInPlace && id !== anchorId && stored ? structuredClone(stored) : stored;
      const next = projection.evolve(doc, event, id, anchor);
      // Frozen, so a projection that mutates the document it is given fails its spec.
      if (next) docs.set(id, deepFreeze({ ...next, _id: id, _position: event.position }));
    }
  }
  return docs;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
