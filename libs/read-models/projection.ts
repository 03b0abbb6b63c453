import { EventEnvelope } from '../event-store/envelope';
import { Doc, IndexSpec } from './document-store.port';

/**
 * A pure projection: which documents an event touches, and what each becomes.
 * The runner loads, guards by position, calls evolve, and commits with the checkpoint.
 */
export interface RelatedDocuments {
  field: string;
  value: string;
}

export interface Projection {
  /** Stable name, e.g. `customer-360`. */
  name: string;
  /** Bump when evolve changes meaning: a rebuild then goes into a new collection. */
  version: number;
  indexes: IndexSpec[];
  /**
   * False for event types this projection never touches: the runner then neither reads nor
   * writes anything for them (not even a checkpoint, see runner/projection-runner.ts).
   * Absent = every type may matter (the projection looks at the data). Must agree with
   * documentIds: for a type it refuses, documentIds would answer [].
   */
  canHandle?(eventType: string): boolean;
  /**
   * For aggregates (counts per day × dimension): the id of the document, in this collection, that
   * keeps the entity's own state. The runner loads it before anything else and hands it, as it was
   * before the event, to documentIds and evolve: a bucket can then take back what the entity gave
   * it before adding what it gives now, and an event the anchor already reflects is skipped whole
   * (all documents of one event are committed together). Absent = a plain projection.
   */
  anchorId?(event: EventEnvelope): string | undefined;
  /**
   * Anchored aggregates only: evolve may change the bucket document it is given in place and return
   * it (the runner's batch owns every document it holds, see runner/project-batch.ts), so a bucket
   * touched by thousands of events of a batch is not copied for each. The anchor handed to evolve
   * and documentIds stays read-only: it is the entity as it was before the event.
   */
  evolvesInPlace?: boolean;
  /** Ids of the documents the event changes; [] when the projection ignores it. */
  documentIds(event: EventEnvelope, anchor?: Doc | null): string[];
  /**
   * Documents the event also changes, found by the value of one of their (indexed) fields: every
   * case of a customer whose partner changed. The runner applies it in log order, documents
   * created earlier in the same batch included, on catch-up and rebuilds alike.
   */
  relatedDocuments?(event: EventEnvelope): RelatedDocuments | undefined;
  /** The document after the event (without `_position`, the runner sets it); null = still absent. */
  evolve(doc: Doc | null, event: EventEnvelope, documentId: string, anchor?: Doc | null): Omit<Doc, '_position'> | null;
}
