/** Where a command came from; kept in every event's metadata for the audit trail. */
export type EventSource = 'api' | 'import' | 'automation' | 'cli' | 'system';

export interface EventMetadata {
  /** The principal that caused the event (API key id, user id, `system`). */
  actor: string;
  correlationId: string;
  causationId?: string;
  idempotencyKey?: string;
  /** Hash of the request that produced the event, to tell a retry from a reused key. */
  requestHash?: string;
  source: EventSource;
  /** W3C trace context of the command that wrote the event, so later processes (relay, projector) continue its trace. */
  traceparent?: string;
}

/**
 * An event as a decider produces it: plain data with a stable versioned type name.
 * Personal fields of the data subject live in `personal`, apart from `data`,
 * so that they can be encrypted per subject and erased by destroying the key.
 */
export interface DomainEvent<T extends string = string, D = Record<string, unknown>> {
  type: T;
  schemaVersion?: number;
  data: D;
  personal?: Record<string, unknown>;
}

/** An event handed to the store for appending. */
export interface NewEvent<D = Record<string, unknown>> extends DomainEvent<string, D> {
  eventId: string;
  schemaVersion: number;
  /** The data subject (customer id) this event is about: Kafka key and crypto-shredding key. */
  subjectId?: string;
  /** Business time, given by the client: when the fact happened. */
  occurredAt: string;
  metadata: EventMetadata;
}

/** One envelope for store, fan-out, feed and audit. */
export interface EventEnvelope<D = Record<string, unknown>> extends NewEvent<D> {
  streamId: string;
  /** 0-based position of the event within its stream. */
  revision: number;
  /** Global log position, strictly increasing, starting at 1. */
  position: number;
  /** System time: when the store recorded the event. */
  recordedAt: string;
  /** Set on read when the subject was erased: `personal` could not be opened and is absent. */
  personalErased?: true;
}
