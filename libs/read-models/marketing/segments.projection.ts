import { SegmentEvent } from '../../domain/marketing/segment.events';
import { Doc } from '../document-store.port';
import { Projection } from '../projection';

/** `segments` (`_id` = segment id): the definition as it stands, with the version membership follows. */
export interface SegmentDoc extends Doc {
  segmentId: string;
  name: string;
  rule: Record<string, unknown>;
  ruleVersion: number;
  ownerPartnerId: string | null;
  definedAt: string;
  changedAt: string;
  /** Log position of the event that set the current rule: the cause of re-evaluation. */
  rulePosition: number;
}

const handled = (type: string): boolean => type === 'crm.segment.defined' || type === 'crm.segment.rule-changed';

export const segmentsProjection: Projection = {
  name: 'segments',
  version: 1,
  indexes: [{ fields: { ownerPartnerId: 1, _id: 1 } }],
  canHandle: handled,
  documentIds: (event) => (handled(event.type) ? [String(event.data.segmentId)] : []),
  evolve(doc, envelope, id) {
    const event = envelope as unknown as SegmentEvent;
    if (event.type === 'crm.segment.defined') {
      if (doc) return doc;
      const { name, rule, ownerPartnerId } = event.data;
      return { _id: id, segmentId: id, name, rule, ruleVersion: 1, ownerPartnerId, definedAt: envelope.occurredAt, changedAt: envelope.occurredAt, rulePosition: envelope.position };
    }
    if (!doc) return null;
    const { name, rule, ruleVersion } = event.data;
    return { ...doc, name, rule, ruleVersion, changedAt: envelope.occurredAt, rulePosition: envelope.position };
  },
};
