import { EventEnvelope } from '../../event-store/envelope';
import { EventStore } from '../../event-store/event-store.port';
import { Doc, DocumentStore, DocumentWrite } from '../document-store.port';
import type { ProjectionTarget } from './project-batch';
import { PARKED_COLLECTION } from './registry';

/** A poison event, parked per projection generation and document. `_position` counts attempts. */
export interface ParkedEvent extends Doc {
  projection: string;
  collection: string;
  position: number;
  eventId: string;
  type: string;
  /** `*` when the projection could not even tell which documents the event touches. */
  documentId: string;
  error: string;
  attempts: number;
  parkedAt: string;
  /** The port has no delete: a retried event stays as a tombstone. */
  resolved: boolean;
  resolvedAt?: string;
}

// Only a reference to the event is kept, never its data: personal fields stay in the log,
// where crypto-shredding can reach them.
export function parkedRecord(target: ProjectionTarget, event: EventEnvelope, documentId: string, error: unknown, now: Date): ParkedEvent {
  return {
    _id: `${target.collection}:${event.position}:${documentId}`, _position: 1,
    projection: target.projection.name, collection: target.collection, position: event.position, eventId: event.eventId,
    type: event.type, documentId, error: errorMessage(error), attempts: 1, parkedAt: now.toISOString(), resolved: false,
  };
}

export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export const unresolvedFilter = (target: ProjectionTarget) => ({ projection: target.projection.name, collection: target.collection, resolved: false });

export interface RetryOutcome {
  retried: number;
  resolved: number;
  stillParked: number;
}

/**
 * Re-applies the parked events of a target in log order onto the documents as they are now.
 * A document is replaced only if it has not moved meanwhile (ifPosition), and keeps its position.
 */
export async function retryParkedEvents(store: DocumentStore, eventStore: EventStore, target: ProjectionTarget, now: () => Date): Promise<RetryOutcome> {
  const parked = (await store.collection(PARKED_COLLECTION).find(unresolvedFilter(target), { sort: { position: 1 } })) as ParkedEvent[];
  let resolved = 0;
  for (const record of parked) {
    const attempt = { ...record, _position: record._position + 1, attempts: record.attempts + 1 };
    try {
      const [event] = await eventStore.readAll({ after: record.position - 1, limit: 1 });
      if (!event || event.eventId !== record.eventId) throw new Error(`event ${record.eventId} is no longer at position ${record.position}`);
      const writes = await repairDocuments(store, target, event, record.documentId);
      const done = { ...attempt, resolved: true, resolvedAt: now().toISOString() };
      await store.commit([...writes, { collection: PARKED_COLLECTION, doc: done }]);
      resolved++;
    } catch (error) {
      await store.commit([{ collection: PARKED_COLLECTION, doc: { ...attempt, error: errorMessage(error) } }]);
    }
  }
  return { retried: parked.length, resolved, stillParked: parked.length - resolved };
}

async function repairDocuments(store: DocumentStore, target: ProjectionTarget, event: EventEnvelope, documentId: string): Promise<DocumentWrite[]> {
  // An aggregate's buckets depend on every earlier event of the entity: only a rebuild repairs them exactly.
  if (target.projection.anchorId) throw new Error(`${target.projection.name} is an aggregate: rebuild it to apply a parked event`);
  const ids = documentId === '*' ? target.projection.documentIds(event) : [documentId];
  const writes: DocumentWrite[] = [];
  for (const id of ids) {
    const doc = await store.collection(target.collection).findOne({ _id: id });
    const next = target.projection.evolve(doc, event, id);
    if (next === null) continue;
    const repaired: Doc = { ...next, _id: id, _position: Math.max(doc?._position ?? 0, event.position) };
    const poisoned = doc?._poisoned as { position?: number } | undefined;
    if (poisoned && poisoned.position !== event.position) repaired._poisoned = poisoned;
    else delete repaired._poisoned;
    writes.push({ collection: target.collection, doc: repaired, ifPosition: doc?._position ?? 0 });
  }
  return writes;
}
