import { Doc } from '../document-store.port';
import { Projection } from '../projection';

/** One history entry per event about a customer (`_id` = event id): the audit trail and the timeline. */
export interface CustomerHistoryEntry extends Doc {
  customerId: string;
  position: number;
  revision: number;
  streamId: string;
  type: string;
  occurredAt: string;
  recordedAt: string;
  actor: string;
  source: string;
  correlationId: string;
  /** What the event set: its data fields with their new values (the subject id left out). */
  changes: Record<string, unknown>;
  /**
   * Names of the personal fields it set. Their values stay sealed in the log (read them through
   * the 360° view or the subject export), so erasure never has to chase copies through the history.
   */
  personalFields: string[];
}

/** Every event about a customer names it in `data.customerId`, whatever its aggregate. */

export const customerHistoryProjection: Projection = {
  name: 'customer-history',
  version: 1,
  indexes: [{ fields: { customerId: 1 } }, { fields: { customerId: 1, occurredAt: 1 } }, { fields: { actor: 1 } }],
  documentIds(event) {
    return typeof event.data.customerId === 'string' ? [event.eventId] : [];
  },
  evolve(doc, event) {
    if (doc) return doc; // an event happens once; its entry never changes
    const { customerId, ...data } = event.data;
    return {
      _id: event.eventId, customerId: String(customerId), position: event.position, revision: event.revision, streamId: event.streamId,
      type: event.type, occurredAt: event.occurredAt, recordedAt: event.recordedAt, actor: event.metadata.actor,
      source: event.metadata.source, correlationId: event.metadata.correlationId, changes: data,
      personalFields: Object.keys(event.personal ?? {}).sort(),
    };
  },
};
