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
 * Projections must not mutate the document they are given (the batch cache holds it), except the
 * buckets of an `evolvesInPlace` projection: every document in the cache is this batch's own (the
 * store hands out copies; evolve made the rest), and a failed commit drops the cache. A bucket whose
 * in-place evolve throws is marked poisoned like any other document; anchored projections are
 * repaired by a rebuild (see parked-events.ts).
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
      const anchorId = projection.anchorId?.(event);
      const ids = projection.anchorId ? (anchorId === undefined ? [] : [anchorId]) : projection.documentIds(event);
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
  const looked = new Set(allIds);
  const changed = new Set<string>();

  for (const touch of touched) {
    const { event } = touch;
    let ids = touch.ids;
    let anchor: Doc | null | undefined;
    if (projection.anchorId) {
      anchor = cache.get(ids[0]) ?? null;
      if (anchor && event.position <= anchor._position) continue; // the whole event is applied already
      try {
        ids = projection.documentIds(event, anchor);
      } catch (error) {
        park(event, '*', error);
        continue;
      }
      await loadMissing(store, collection, cache, looked, ids);
    }
    // Matched against the batch's current documents, so one created earlier in the batch follows too.
    if (touch.related) ids = [...new Set([...ids, ...matching(cache, touch.related)])];
    for (const id of ids) {
      const doc = cache.get(id) ?? null;
      if (doc && event.position <= doc._position) continue; // already applied: idempotent replay
      try {
        const next = projection.evolve(doc, event, id, anchor);
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

/** Buckets an anchored event names, loaded once per batch (absent ones remembered as looked up). */
async function loadMissing(store: DocumentStore, collection: string, cache: Map<string, Doc>, looked: Set<string>, ids: string[]): Promise<void> {
  const missing = ids.filter((id) => !looked.has(id));
  if (missing.length === 0) return;
  missing.forEach((id) => looked.add(id));
  for (const [id, doc] of await loadDocuments(store, collection, missing)) cache.set(id, doc);
}

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
