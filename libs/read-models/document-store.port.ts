/** A read-model document. `_position` is the global log position it reflects (the idempotency guard). */
export interface Doc {
  _id: string;
  _position: number;
  [field: string]: unknown;
}

/** A MongoDB filter (the subset projections and queries use: equality, $in, $gt/$gte/$lt/$lte, $and, $or, $regex, $exists, $elemMatch). */
export type Filter = Record<string, unknown>;

export interface FindOptions {
  sort?: Record<string, 1 | -1>;
  limit?: number;
  skip?: number;
}

export interface IndexSpec {
  /** Dotted paths; a path into an array indexes each element (multikey), as in MongoDB. */
  fields: Record<string, 1 | -1>;
  unique?: boolean;
}

/** Documents a collection answers are the caller's own: changing one changes neither the store nor another answer. */
export interface DocumentCollection {
  findOne(filter: Filter): Promise<Doc | null>;
  find(filter: Filter, options?: FindOptions): Promise<Doc[]>;
  count(filter: Filter): Promise<number>;
  /** A MongoDB aggregation pipeline, with MongoDB semantics on every adapter. */
  aggregate(pipeline: Record<string, unknown>[]): Promise<Record<string, unknown>[]>;
}

export interface DocumentWrite {
  collection: string;
  doc: Doc;
  /**
   * Optional compare-and-set for repairs (retrying a parked event): the write replaces the stored
   * document only when its `_position` is exactly this (0 = the document must be absent), bypassing
   * the greater-position guard; otherwise the whole commit rejects with DocumentConflictError.
   */
  ifPosition?: number;
}

/**
 * The read-model store port. Every adapter passes libs/read-models/testing/document-store.contract.ts.
 */
export interface DocumentStore {
  collection(name: string): DocumentCollection;
  ensureIndexes(collection: string, indexes: IndexSpec[]): Promise<void>;
  /**
   * Writes documents atomically where the engine allows. A document replaces the stored one
   * only when its `_position` is greater, so a replayed write changes nothing and a document
   * never moves backwards.
   */
  commit(writes: DocumentWrite[]): Promise<void>;
  dropCollection(name: string): Promise<void>;
  /**
   * Makes overwritten content unrecoverable from the store's files where the engine allows
   * (after an erasure). Optional: engines without such a step leave it out.
   */
  scrub?(): Promise<void>;
  listCollections(): Promise<string[]>;
  close(): Promise<void>;
}
