import { Query } from '@nestjs/cqrs';
import { Page } from '../http/cursor';

export interface ActorWindow {
  actorId?: string;
  /** Inclusive, UTC ISO. */
  from?: string;
  /** Exclusive, UTC ISO. */
  to?: string;
}

export type AccessLogItem = Record<string, unknown>;
export type AuditItem = Record<string, unknown>;

export class AccessLogQuery extends Query<Page<AccessLogItem>> {
  constructor(readonly filter: ActorWindow & { subjectId?: string }, readonly limit: number, readonly cursor?: string) {
    super();
  }
}

export class AuditEventsQuery extends Query<Page<AuditItem>> {
  constructor(readonly filter: ActorWindow, readonly limit: number, readonly cursor?: string) {
    super();
  }
}

/** Actors are recorded as `key:<id>`, `cli:<user>`…; a bare API key id means `key:<id>`. */
export function actorClause(actorId: string | undefined): Record<string, unknown>[] {
  if (!actorId) return [];
  return [{ actor: actorId.includes(':') ? actorId : { $in: [actorId, `key:${actorId}`] } }];
}

/** `from` ≤ field < `to`: windows next to each other never count an entry twice. */
export function windowClause(field: string, from: string | undefined, to: string | undefined): Record<string, unknown>[] {
  const range = { ...(from ? { $gte: from } : {}), ...(to ? { $lt: to } : {}) };
  return Object.keys(range).length ? [{ [field]: range }] : [];
}
