import { Doc, DocumentStore } from '../document-store.port';
import { DocumentConflictError } from '../errors';
import { Projection } from '../projection';

export const REGISTRY_COLLECTION = 'projection_registry';
export const CHECKPOINT_COLLECTION = 'projection_checkpoints';
export const PARKED_COLLECTION = 'parked_events';

/** Which collection serves a projection now (blue/green). `_position` counts switches. */
export interface RegistryDoc extends Doc {
  activeCollection: string;
  version: number;
  switchedAt: string;
  previousCollection?: string;
}

const sanitize = (name: string): string => name.replace(/[^A-Za-z0-9_.-]/g, '_').replace(/^\./, '_').slice(0, 60);

/** The collection a projection starts in before any rebuild. */
export const initialCollection = (projectionName: string): string => sanitize(projectionName);

/** A fresh collection for a rebuild: `<name>__v<version>__<timestamp>`. */
export const rebuildCollection = (projection: Projection, at: Date): string =>
  `${sanitize(projection.name)}__v${projection.version}__${at.getTime()}`;

/** Checkpoints are per projection and generation (collection), so a rebuild starts at 0. */
export const checkpointId = (projectionName: string, collection: string): string => `${projectionName}@${collection}`;

export async function readRegistry(store: DocumentStore, projectionName: string): Promise<RegistryDoc | null> {
  return (await store.collection(REGISTRY_COLLECTION).findOne({ _id: projectionName })) as RegistryDoc | null;
}

/** Every registry entry in one read (a runner checks all its projections before each batch). */
export async function readRegistries(store: DocumentStore): Promise<Map<string, RegistryDoc>> {
  const docs = (await store.collection(REGISTRY_COLLECTION).find({})) as RegistryDoc[];
  return new Map(docs.map((doc) => [doc._id, doc]));
}

/**
 * The live collection of a projection, for the query side. Before the runner first registered
 * the projection it is the initial collection (empty, so queries find nothing).
 */
export async function activeCollection(store: DocumentStore, projectionName: string): Promise<string> {
  return (await readRegistry(store, projectionName))?.activeCollection ?? initialCollection(projectionName);
}

/** Reads the registry entry, creating it on first start; a concurrent creator wins cleanly. */
export async function ensureRegistered(store: DocumentStore, projection: Projection, now: Date): Promise<RegistryDoc> {
  const existing = await readRegistry(store, projection.name);
  if (existing) return existing;
  const doc: RegistryDoc = {
    _id: projection.name, _position: 1, activeCollection: initialCollection(projection.name),
    version: projection.version, switchedAt: now.toISOString(),
  };
  try {
    await store.commit([{ collection: REGISTRY_COLLECTION, doc, ifPosition: 0 }]);
    return doc;
  } catch (error) {
    if (!(error instanceof DocumentConflictError)) throw error;
    return (await readRegistry(store, projection.name))!;
  }
}

/**
 * Points the projection at `collection`, only if the registry is still at `expected` (so two
 * rebuilds cannot both switch). Throws DocumentConflictError otherwise.
 */
export async function switchActive(store: DocumentStore, projection: Projection, collection: string, expected: RegistryDoc, now: Date): Promise<RegistryDoc> {
  const doc: RegistryDoc = {
    _id: projection.name, _position: expected._position + 1, activeCollection: collection,
    version: projection.version, switchedAt: now.toISOString(), previousCollection: expected.activeCollection,
  };
  await store.commit([{ collection: REGISTRY_COLLECTION, doc, ifPosition: expected._position }]);
  return doc;
}

export async function readCheckpoint(store: DocumentStore, projectionName: string, collection: string): Promise<number> {
  const doc = await store.collection(CHECKPOINT_COLLECTION).findOne({ _id: checkpointId(projectionName, collection) });
  return doc?._position ?? 0;
}
