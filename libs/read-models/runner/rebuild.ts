import { EventStore } from '../../event-store/event-store.port';
import { DocumentStore } from '../document-store.port';
import { Projection } from '../projection';
import { projectBatch, ProjectionTarget } from './project-batch';
import { ensureRegistered, rebuildCollection, switchActive } from './registry';

export interface RebuildProgress {
  projection: string;
  collection: string;
  position: number;
  head: number;
  events: number;
}

export interface RebuildOptions {
  onProgress?: (progress: RebuildProgress) => void;
  batchSize?: number;
  now?: () => Date;
}

export interface RebuildResult {
  projection: string;
  collection: string;
  previousCollection: string;
  position: number;
  events: number;
  seconds: number;
}

/**
 * Blue/green rebuild: replays the whole log into a new collection through the same batch code
 * as the live runner, catches up to the head, then switches the registry (compare-and-set, so
 * a concurrent rebuild loses cleanly) and drops the old collection. Queries keep reading the
 * old collection until the switch; live runners notice it and continue from the new checkpoint.
 */
export async function rebuildProjection(store: DocumentStore, eventStore: EventStore, projection: Projection, options: RebuildOptions = {}): Promise<RebuildResult> {
  const now = options.now ?? (() => new Date());
  // Each touched document is written once per batch: measured here, 10 000-event batches rebuild
  // customer-360 about 3x faster than 1 000-event ones, for a few MB of memory.
  const batchSize = options.batchSize ?? 10_000;
  const started = process.hrtime.bigint();
  const registry = await ensureRegistered(store, projection, now());
  const target: ProjectionTarget = { projection, collection: await freshCollection(store, projection, now()), checkpoint: 0 };
  await store.ensureIndexes(target.collection, projection.indexes);

  let head = await eventStore.headPosition();
  let events = 0;
  for (;;) {
    const batch = await eventStore.readAll({ after: target.checkpoint, limit: batchSize });
    if (batch.length > 0) {
      const projected = await projectBatch(store, target, batch, now);
      await store.commit(projected.writes);
      target.checkpoint = projected.lastPosition;
      events += batch.length;
      head = Math.max(head, target.checkpoint);
      options.onProgress?.({ projection: projection.name, collection: target.collection, position: target.checkpoint, head, events });
    }
    // A short read means we reached the head as it was a moment ago; live runners do the rest.
    if (batch.length < batchSize) break;
  }

  try {
    await switchActive(store, projection, target.collection, registry, now());
  } catch (error) {
    await store.dropCollection(target.collection); // someone else switched first: ours is garbage
    throw error;
  }
  await store.dropCollection(registry.activeCollection);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { projection: projection.name, collection: target.collection, previousCollection: registry.activeCollection, position: target.checkpoint, events, seconds };
}

async function freshCollection(store: DocumentStore, projection: Projection, at: Date): Promise<string> {
  const existing = new Set(await store.listCollections());
  const base = rebuildCollection(projection, at);
  let name = base;
  for (let n = 2; existing.has(name); n++) name = `${base}_${n}`;
  return name;
}
