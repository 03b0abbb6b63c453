import { EventEnvelope, EventSource } from '../../../../libs/event-store/envelope';

/** Everything about a command that is not the command itself: who, when, why, and HTTP preconditions. */
export interface CommandContext {
  actor: string;
  correlationId: string;
  source: EventSource;
  /** Business time of the command (ISO 8601 UTC). */
  occurredAt: string;
  idempotencyKey?: string;
  /** Hash of method, route and body, to tell a retry from a reused key. */
  requestHash?: string;
  /** From If-Match: the revision the client last saw. */
  expectedRevision?: number;
}

/** The answer of every command: the entity, its revision (ETag) and the global position written. */
export interface CommandResult {
  id: string;
  revision: number;
  position: number;
  /** False when a repeat (Idempotency-Key) or a no-op wrote nothing. */
  written: boolean;
  /** The command's events: just written, or found again for a repeat. */
  events: EventEnvelope[];
}
