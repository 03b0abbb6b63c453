import { SegmentMembershipEvent } from '../../domain/marketing/segment.events';
import { Doc } from '../document-store.port';
import { Projection } from '../projection';

/** One entry or exit, at the business time of the event that caused it. */
export interface MembershipChange {
  at: string;
  entered: boolean;
  position: number;
}

/** `segment-members` (`_id` = `<segmentId>:<customerId>`): one customer's membership of one segment, with its history. */
export interface SegmentMemberDoc extends Doc {
  segmentId: string;
  customerId: string;
  /** Member now (the last change in log order). */
  member: boolean;
  /** Business time of the entry that made it a member now; null while not a member. */
  enteredAt: string | null;
  /** Earliest business time it was ever a member: as-of reads skip documents that start later. */
  firstEnteredAt: string;
  changes: MembershipChange[];
}

const handled = (type: string): boolean => type === 'crm.segment.member-entered' || type === 'crm.segment.member-left';
export const memberDocId = (segmentId: string, customerId: string): string => `${segmentId}:${customerId}`;

export const segmentMembersProjection: Projection = {
  name: 'segment-members',
  version: 1,
  indexes: [{ fields: { segmentId: 1, customerId: 1 } }, { fields: { segmentId: 1, member: 1, customerId: 1 } }, { fields: { customerId: 1 } }],
  canHandle: handled,
  documentIds(event) {
    return handled(event.type) ? [memberDocId(String(event.data.segmentId), String(event.data.customerId))] : [];
  },
  evolve(doc, envelope, id) {
    const event = envelope as unknown as SegmentMembershipEvent;
    const current = doc as SegmentMemberDoc | null;
    const entered = event.type === 'crm.segment.member-entered';
    const change: MembershipChange = { at: envelope.occurredAt, entered, position: envelope.position };
    const changes = [...(current?.changes ?? []), change];
    const firstEnteredAt = [current?.firstEnteredAt, entered ? change.at : undefined].filter((at): at is string => !!at).sort()[0] ?? change.at;
    return {
      _id: id, segmentId: event.data.segmentId, customerId: event.data.customerId, member: entered,
      enteredAt: entered ? change.at : null, firstEnteredAt, changes,
    };
  },
};

/**
 * Whether the document's customer was a member at business time `asOf`, and since when: the
 * changes are taken in business-time order (then log order), as the 360° view takes its events.
 */
export function memberAsOf(doc: SegmentMemberDoc, asOf: string): { member: boolean; enteredAt: string | null } {
  const ordered = [...doc.changes].sort((a, b) => (a.at === b.at ? a.position - b.position : a.at < b.at ? -1 : 1));
  let state = { member: false, enteredAt: null as string | null };
  for (const change of ordered) {
    if (change.at > asOf) break;
    if (change.entered !== state.member) state = { member: change.entered, enteredAt: change.entered ? change.at : null };
  }
  return state;
}
