import { EventEnvelope } from '../../event-store/envelope';
import { ProjectionStatus } from './projection-runner';

/**
 * What the API needs of the projections it runs: the ProjectionRunner on its own loop, or the
 * same runner in a worker thread seen through ProjectionThread.
 */
export interface RunningProjections {
  start(): Promise<void>;
  stop(): Promise<void>;
  status(): { running: boolean; projections: ProjectionStatus[] };
  /** True as soon as every projection has applied `position`; false after `timeoutMs`. */
  waitForPosition(position: number, timeoutMs: number): Promise<boolean>;
  /** Batches (or, across a thread, the events of them the API asked for) after they are committed, before waiters for them resolve. */
  onApplied(listener: (events: EventEnvelope[]) => void): () => void;
}
