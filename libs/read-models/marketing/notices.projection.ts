import { DeliveryCounts, NoticeBatchDispatched, NoticeEvent } from '../../domain/marketing/notice.events';
import { Doc } from '../document-store.port';
import { Projection } from '../projection';

/** The progress of one notice (`_id` = notice id), moved by each dispatched batch while it runs. */
export interface NoticeDocument extends Doc {
  noticeId: string;
  segmentId: string;
  languages: string[];
  partnerId: string | null;
  status: 'queued' | 'running' | 'completed';
  total: number | null;
  sent: number;
  failed: number;
  byChannel: DeliveryCounts;
  byLanguage: DeliveryCounts;
  requestedAt: string;
  completedAt: string | null;
}

function addCounts(into: DeliveryCounts, add: DeliveryCounts): DeliveryCounts {
  const out: DeliveryCounts = { ...into };
  for (const [key, counts] of Object.entries(add)) {
    const before = out[key] ?? { sent: 0, failed: 0 };
    out[key] = { sent: before.sent + counts.sent, failed: before.failed + counts.failed };
  }
  return out;
}

const NOTICE_EVENTS = new Set(['crm.notice.requested', 'crm.notice.started', 'crm.notice.batch-dispatched', 'crm.notice.completed']);

export const noticesProjection: Projection = {
  name: 'notices',
  version: 1,
  indexes: [{ fields: { partnerId: 1 } }, { fields: { status: 1, requestedAt: 1 } }],
  canHandle: (type) => NOTICE_EVENTS.has(type),
  documentIds: (event) => [String(event.data.noticeId)],
  evolve(doc, envelope, id) {
    const event = envelope as unknown as NoticeEvent;
    if (event.type === 'crm.notice.requested') {
      const { data } = event;
      return {
        _id: id, noticeId: data.noticeId, segmentId: data.segmentId, languages: data.languages, partnerId: data.partnerId ?? null,
        status: 'queued', total: null, sent: 0, failed: 0, byChannel: {}, byLanguage: {}, requestedAt: envelope.occurredAt, completedAt: null,
      };
    }
    if (!doc) return null;
    switch (event.type) {
      case 'crm.notice.started':
        return { ...doc, status: 'running', total: event.data.total };
      case 'crm.notice.batch-dispatched': {
        const { data } = event as NoticeBatchDispatched;
        return {
          ...doc, sent: Number(doc.sent) + data.sent, failed: Number(doc.failed) + data.failed,
          byChannel: addCounts(doc.byChannel as DeliveryCounts, data.byChannel), byLanguage: addCounts(doc.byLanguage as DeliveryCounts, data.byLanguage),
        };
      }
      case 'crm.notice.completed':
        return { ...doc, status: 'completed', completedAt: envelope.occurredAt };
    }
  },
};
