/**
 * Segment events. Definitions live in stream `segment-<segmentId>` (subject: the segment);
 * membership changes in `segment-<segmentId>-member-<customerId>` with the customer as subject, so
 * they reach the customer's feed, partner keys of the customer's subtree and erasure like any
 * other fact about the customer. Nothing personal: ids, a rule over non-personal fields, times.
 */
export interface SegmentDefined {
  type: 'crm.segment.defined';
  schemaVersion?: number;
  data: {
    segmentId: string;
    name: string;
    /** `{ all: [...] }` or `{ any: [...] }` of `{ field, op, value }` conditions (docs/marketing.md). */
    rule: Record<string, unknown>;
    /** The partner whose key defined it: the segment then holds customers of that subtree only. */
    ownerPartnerId: string | null;
  };
}

export interface SegmentRuleChanged {
  type: 'crm.segment.rule-changed';
  schemaVersion?: number;
  data: {
    segmentId: string;
    name: string;
    rule: Record<string, unknown>;
    /** 1 at definition, +1 per change: membership events name the version that decided them. */
    ruleVersion: number;
  };
}

export interface SegmentMemberEntered {
  type: 'crm.segment.member-entered';
  schemaVersion?: number;
  data: {
    segmentId: string;
    customerId: string;
    ruleVersion: number;
    /** Log position of the event that made the customer match (a 360° change or the rule itself). */
    causePosition: number;
  };
}

export interface SegmentMemberLeft {
  type: 'crm.segment.member-left';
  schemaVersion?: number;
  data: {
    segmentId: string;
    customerId: string;
    ruleVersion: number;
    causePosition: number;
  };
}

export type SegmentEvent = SegmentDefined | SegmentRuleChanged;
export type SegmentMembershipEvent = SegmentMemberEntered | SegmentMemberLeft;

export const segmentStream = (segmentId: string): string => `segment-${segmentId}`;
export const segmentMemberStream = (segmentId: string, customerId: string): string => `segment-${segmentId}-member-${customerId}`;
