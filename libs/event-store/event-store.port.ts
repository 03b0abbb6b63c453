import { EventEnvelope, NewEvent } from './envelope';

/** `no-stream`: the stream must not exist; a number: the stream's last revision must be exactly that. */
export type ExpectedRevision = 'any' | 'no-stream' | 'stream-exists' | number;

export interface AppendResult {
  /** Revision of the last event now in the stream. */
  revision: number;
  /** Global position of the last event written (or found, for an idempotent repeat). */
  position: number;
  events: EventEnvelope[];
}

export interface ReadAllOptions {
  /** Events with a position strictly greater than this (0 = from the start). */
  after: number;
  limit: number;
}

export interface Subscription {
  close(): Promise<void>;
}

export type EventHandler = (events: EventEnvelope[]) => Promise<void>;

/**
 * The event-store port. Every adapter passes libs/event-store/testing/event-store.contract.ts.
 */
export interface EventStore {
  /**
   * Appends atomically. Appending events whose ids are all already in the stream, in the
   * same order, is an idempotent repeat: nothing is written and the original result is returned.
   * @throws WrongExpectedRevisionError when the stream's revision is not the expected one
   * @throws DuplicateEventIdError when an event id exists already elsewhere
   */
  append(streamId: string, events: NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult>;
  /** Events of one stream in revision order; [] for a stream that does not exist. */
  readStream(streamId: string, fromRevision?: number): Promise<EventEnvelope[]>;
  /** The global log in position order. */
  readAll(options: ReadAllOptions): Promise<EventEnvelope[]>;
  /** Catch-up subscription: everything after `after`, then live events, in position order, in batches. */
  subscribeAll(after: number, handler: EventHandler): Subscription;
  /**
   * The event at a position this store handed out; undefined for any other number. Optional:
   * adapters whose positions are sparse (EventStoreDB) need it, since `after: n - 1` is not a
   * position there.
   */
  readAt?(position: number): Promise<EventEnvelope | undefined>;
  /** Position of the last event in the log (0 when empty). */
  headPosition(): Promise<number>;
  close(): Promise<void>;
}
