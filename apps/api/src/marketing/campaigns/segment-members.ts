/** A member of a segment, as the segments' membership read model answers it. */
export interface SegmentMember {
  customerId: string;
  enteredAt: string;
}

/**
 * What campaigns and notices need of segments: whether one exists, and its members as of an
 * instant, in customer-id order, a page after a cursor (the last customer id of the previous page).
 */
export interface SegmentMembers {
  exists(segmentId: string): Promise<boolean>;
  page(segmentId: string, options: { asOf: string; after?: string; limit: number }): Promise<SegmentMember[]>;
  count(segmentId: string, options: { asOf: string }): Promise<number>;
}

export const SEGMENT_MEMBERS = Symbol('SEGMENT_MEMBERS');
