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
  /** Ids of the documents the event changes; [] when the projection ignores it. */
  documentIds(event: EventEnvelope): string[];
  /**
   * Documents the event also changes, found by the value of one of their (indexed) fields: every
   * case of a customer whose partner changed. The runner applies it in log order, documents
   * created earlier in the same batch included, on catch-up and rebuilds alike.
   */
  relatedDocuments?(event: EventEnvelope): RelatedDocuments | undefined;
  /** The document after the event (without `_position`, the runner sets it); null = still absent. */
  evolve(doc: Doc | null, event: EventEnvelope, documentId: string): Omit<Doc, '_position'> | null;
}
