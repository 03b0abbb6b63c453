import { PERSONAL_DATA_ACCESSED } from '../../domain/compliance/access.events';
import { Doc } from '../document-store.port';
import { Projection } from '../projection';

/** One entry per change event of any aggregate (`_id` = event id): who changed what, when. */
export interface AuditEntry extends Doc {
  position: number;
  type: string;
  streamId: string;
  subjectId: string | null;
  actor: string;
  source: string;
  correlationId: string;
  occurredAt: string;
  recordedAt: string;
  /** The event's data fields (never its personal fields, which stay sealed in the log). */
  changes: Record<string, unknown>;
  personalFields: string[];
}

/** Data fields that must not be copied into a read model anyone with audit rights can list. */
const WITHHELD = new Set(['secretHash']);

/**
 * The audit trail over every event in the log, indexed by actor and system time. Reads are not
 * changes: access records have their own read model (access-log).
 */
export const auditProjection: Projection = {
  name: 'audit',
  version: 1,
  indexes: [{ fields: { actor: 1, recordedAt: 1 } }, { fields: { recordedAt: 1 } }, { fields: { subjectId: 1 } }],
  // Reads of personal data are the access log's, not the change audit's.
  canHandle: (type) => type !== PERSONAL_DATA_ACCESSED,
  documentIds(event) {
    return event.type === PERSONAL_DATA_ACCESSED ? [] : [event.eventId];
  },
  evolve(doc, event) {
    if (doc) return doc;
    const changes = Object.fromEntries(Object.entries(event.data).filter(([field]) => !WITHHELD.has(field)));
    return {
      _id: event.eventId, position: event.position, type: event.type, streamId: event.streamId, subjectId: event.subjectId ?? null,
      actor: event.metadata.actor, source: event.metadata.source, correlationId: event.metadata.correlationId,
      occurredAt: event.occurredAt, recordedAt: event.recordedAt, changes, personalFields: Object.keys(event.personal ?? {}).sort(),
    };
  },
};
