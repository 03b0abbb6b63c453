import { Principal } from '../../auth/principal';

/** A member of a segment, as the segments' membership read model answers it. */
export interface SegmentMember {
  customerId: string;
  enteredAt: string;
}

export interface SegmentMembersPage {
  items: SegmentMember[];
  /** The cursor of the next page (a customer id); null once the segment was read to its end. */
  next: string | null;
}

/**
 * What campaigns and notices need of segments: whether one exists, and its members as the segment
 * stands now, in customer-id order, a page after a cursor, narrowed to a partner subtree if asked.
 */
export interface SegmentMembers {
  /** 404 when the segment is unknown or outside the principal's partner subtree. */
  assertVisible(segmentId: string, principal: Principal | undefined): Promise<void>;
  page(segmentId: string, options: { after?: string; limit: number; partnerIds?: readonly string[] }): Promise<SegmentMembersPage>;
}

export const SEGMENT_MEMBERS = Symbol('SEGMENT_MEMBERS');
