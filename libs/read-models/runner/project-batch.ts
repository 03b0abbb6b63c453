import { EventEnvelope } from '../../event-store/envelope';
import { Doc, DocumentStore, DocumentWrite } from '../document-store.port';
import { Projection, RelatedDocuments } from '../projection';
import { handles } from './handled-types';
import { errorMessage, parkedRecord } from './parked-events';
import { CHECKPOINT_COLLECTION, checkpointId, PARKED_COLLECTION } from './registry';

/** One projection writing into one collection (a generation), and how far it has applied. */
export interface ProjectionTarget {
  projection: Projection;
  collection: string;
  checkpoint: number;
}

export interface ProjectedBatch {
  /** Changed documents, parked events and the checkpoint (always last): commit them together. */
  writes: DocumentWrite[];
  parked: number;
  lastPosition: number;
  /** Documents written or events parked; 0 = the batch changed nothing but the checkpoint. */
  changed: number;
}

/**
 * The one code path shared by live catch-up and rebuilds: load the touched documents once,
 * skip what a document already reflects, evolve, park what throws, checkpoint the batch.
 * Projections must not mutate the document they are given (the batch cache holds it).
 */
export async function projectBatch(store: DocumentStore, target: ProjectionTarget, events: EventEnvelope[], now: () => Date): Promise<ProjectedBatch> {
  const { projection, collection } = target;
  const writes: DocumentWrite[] = [];
  let parked = 0;
  const park = (event: EventEnvelope, documentId: string, error: unknown) => {
    writes.push({ collection: PARKED_COLLECTION, doc: parkedRecord(target, event, documentId, error, now()) });
    parked++;
  };

  const touched: { event: EventEnvelope; ids: string[]; related?: RelatedDocuments }[] = [];
  const allIds = new Set<string>();
  for (const event of events) {
    if (event.position <= target.checkpoint || !handles(projection, event)) continue;
    try {
      const ids = projection.documentIds(event);
      const related = projection.relatedDocuments?.(event);
      if (ids.length === 0 && !related) continue;
      touched.push({ event, ids, related });
      for (const id of ids) allIds.add(id);
    } catch (error) {
      park(event, '*', error);
    }
  }

  const cache = await loadDocuments(store, collection, [...allIds]);
  await loadRelated(store, collection, touched.map((t) => t.related), cache);
  const changed = new Set<string>();
  for (const { event, ids: named, related } of touched) {
    // Matched against the batch's current documents, so one created earlier in the batch follows too.
    const ids = related ? [...new Set([...named, ...matching(cache, related)])] : named;
    for (const id of ids) {
      const doc = cache.get(id) ?? null;
      if (doc && event.position <= doc._position) continue; // already applied: idempotent replay
      try {
        const next = projection.evolve(doc, event, id);
        if (next === null) continue;
        const written: Doc = { ...next, _id: id, _position: event.position };
        if (doc?._poisoned !== undefined && !('_poisoned' in next)) written._poisoned = doc._poisoned;
        cache.set(id, written);
      } catch (error) {
        park(event, id, error);
        // The document records that it skipped this event, so replays do not park it again.
        cache.set(id, { ...(doc ?? { _id: id }), _position: event.position, _poisoned: { position: event.position, error: errorMessage(error) } });
      }
      changed.add(id);
    }
  }

  for (const id of changed) writes.push({ collection, doc: cache.get(id)! });
  const changedCount = writes.length;
  const lastPosition = events[events.length - 1]?.position ?? target.checkpoint;
  writes.push(checkpointWrite(target, lastPosition, now));
  return { writes, parked, lastPosition, changed: changedCount };
}

async function loadRelated(store: DocumentStore, collection: string, queries: (RelatedDocuments | undefined)[], cache: Map<string, Doc>): Promise<void> {
  for (const query of queries) {
    if (!query) continue;
    for (const doc of await store.collection(collection).find({ [query.field]: query.value })) if (!cache.has(doc._id)) cache.set(doc._id, doc);
  }
}

const matching = (cache: Map<string, Doc>, { field, value }: RelatedDocuments): string[] =>
  [...cache.values()].filter((doc) => doc[field] === value).map((doc) => doc._id);

async function loadDocuments(store: DocumentStore, collection: string, ids: string[]): Promise<Map<string, Doc>> {
  const cache = new Map<string, Doc>();
  if (ids.length === 0) return cache;
  for (const doc of await store.collection(collection).find({ _id: { $in: ids } })) cache.set(doc._id, doc);
  return cache;
}

/** The checkpoint document of a target at `position`. */
export function checkpointWrite({ projection, collection }: ProjectionTarget, position: number, now: () => Date): DocumentWrite {
  return {
    collection: CHECKPOINT_COLLECTION,
    doc: { _id: checkpointId(projection.name, collection), _position: position, projection: projection.name, collection, updatedAt: now().toISOString() },
  };
}
