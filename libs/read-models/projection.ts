import { EventEnvelope } from '../event-store/envelope';
import { Doc, IndexSpec } from './document-store.port';

/**
 * A pure projection: which documents an event touches, and what each becomes.
 * The runner loads, guards by position, calls evolve, and commits with the checkpoint.
 */
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
  /** The document after the event (without `_position`, the runner sets it); null = still absent. */
  evolve(doc: Doc | null, event: EventEnvelope, documentId: string): Omit<Doc, '_position'> | null;
}
