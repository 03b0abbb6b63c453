import { EventEnvelope } from '../../../../libs/event-store/envelope';
import { ProjectionStatus } from '../../../../libs/read-models/runner/projection-runner';
import { ApiConfig } from '../config/config';

/** What the API hands the projection worker when it starts it. */
export interface ProjectionWorkerData {
  config: Pick<ApiConfig, 'dataDir' | 'eventStore' | 'readModels' | 'keys' | 'projectionBatchEvents' | 'eventStoreCacheMb' | 'projectionThreadNice'>;
  /** Applied events whose type starts with one of these are sent back (the API's key cache needs them). */
  forwardTypePrefixes: string[];
  /** One Int32 the API bumps after every commit of its own: cheaper than a message per commit. */
  commits: SharedArrayBuffer;
}

export type RunnerStatus = { running: boolean; projections: ProjectionStatus[] };

/** API → worker. */
export type ToWorker = { kind: 'stop' };

/** Worker → API. */
export type FromWorker =
  | { kind: 'started'; status: RunnerStatus }
  | { kind: 'applied'; status: RunnerStatus; forwarded: EventEnvelope[] }
  | { kind: 'error'; message: string }
  | { kind: 'stopped' };
