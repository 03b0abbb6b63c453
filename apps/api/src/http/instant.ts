import { FastifyInstance } from 'fastify';
import { parsePastInstant } from '../../../../libs/domain/shared/instant';

declare module 'fastify' {
  interface FastifyInstance {
    /** CRM_MAX_FUTURE_SKEW_SECONDS, in ms: how far ahead of the clock a client's `occurredAt` may lie. */
    maxFutureSkewMs: number;
  }
}

/** Set once at start-up, read by every command through `commandContext`. */
export function bindFutureSkew(fastify: FastifyInstance, maxFutureSkewMs: number): void {
  fastify.decorate('maxFutureSkewMs', maxFutureSkewMs);
}

/** The command's business time: the client's `occurredAt` (not beyond the allowed skew), or now. */
export function instantOrNow(value: string | undefined, field: string, maxFutureSkewMs: number): string {
  const now = Date.now();
  return value === undefined ? new Date(now).toISOString() : parsePastInstant(value, field, now, maxFutureSkewMs);
}
