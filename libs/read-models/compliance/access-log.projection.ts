import { PERSONAL_DATA_ACCESSED, PersonalDataAccessed } from '../../domain/compliance/access.events';
import { Doc } from '../document-store.port';
import { Projection } from '../projection';

/** One entry per (read, subject): who read what about whom, when (`_id` = `<eventId>:<subjectId>`). */
export interface AccessLogEntry extends Doc {
  subjectId: string;
  actor: string;
  kind: string;
  route: string;
  requestId: string;
  parameters: Record<string, string>;
  source: string;
  /** System time the store recorded the access: a client cannot back-date a read. */
  at: string;
  position: number;
}

export const accessLogProjection: Projection = {
  name: 'access-log',
  version: 1,
  indexes: [{ fields: { subjectId: 1, at: 1 } }, { fields: { actor: 1, at: 1 } }, { fields: { at: 1 } }],
  canHandle: (type) => type === PERSONAL_DATA_ACCESSED,
  documentIds(event) {
    if (event.type !== PERSONAL_DATA_ACCESSED) return [];
    const { subjectIds } = (event as unknown as PersonalDataAccessed).data;
    return Array.isArray(subjectIds) ? [...new Set(subjectIds)].map((subjectId) => `${event.eventId}:${subjectId}`) : [];
  },
  evolve(doc, event, id) {
    if (doc) return doc; // a read happened once; its entry never changes
    const { kind, route, requestId, parameters = {} } = (event as unknown as PersonalDataAccessed).data;
    return {
      _id: id, subjectId: id.slice(event.eventId.length + 1), actor: event.metadata.actor, kind, route, requestId, parameters,
      source: event.metadata.source, at: event.recordedAt, position: event.position,
    };
  },
};
