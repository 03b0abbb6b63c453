import { Inject, Injectable } from '@nestjs/common';
import { memberDocId, SegmentMemberDoc } from '../../../../../libs/read-models/marketing/segment-members.projection';
import { Principal } from '../../auth/principal';
import { ReadModels } from '../../read-side/read-models.service';
import { SegmentDirectory } from '../segments/segment-directory';
import { SegmentMembers, SegmentMembersPage } from './segment-members';

/**
 * Segments as campaigns and notices read them: visibility from the segments' own directory, the
 * members from their `segment-members` read model. Pages walk the documents' ids
 * (`<segmentId>:<customerId>`, so id order is customer-id order) from the cursor: a primary-key
 * range, constant time per page however far into a million-member segment the cursor is.
 */
@Injectable()
export class SegmentMembersReader implements SegmentMembers {
  constructor(@Inject(ReadModels) private readonly readModels: ReadModels, @Inject(SegmentDirectory) private readonly directory: SegmentDirectory) {}

  async assertVisible(segmentId: string, principal: Principal | undefined): Promise<void> {
    await this.directory.visible(segmentId, principal);
  }

  async page(segmentId: string, options: { after?: string; limit: number; partnerIds?: readonly string[] }): Promise<SegmentMembersPage> {
    const members = await this.readModels.collection('segment-members');
    // ';' follows ':' in code-point order: the upper bound of every id of this segment.
    const ids = { $gt: memberDocId(segmentId, options.after ?? ''), $lt: `${segmentId};` };
    const docs = (await members.find({ $and: [{ _id: ids }, { member: true }] }, { sort: { _id: 1 }, limit: options.limit })) as SegmentMemberDoc[];
    const next = docs.length === options.limit ? docs[docs.length - 1].customerId : null;
    const admitted = options.partnerIds ? await this.inPartners(docs.map((d) => d.customerId), options.partnerIds) : undefined;
    const items = docs.filter((d) => !admitted || admitted.has(d.customerId)).map((d) => ({ customerId: d.customerId, enteredAt: String(d.enteredAt) }));
    return { items, next };
  }

  private async inPartners(customerIds: string[], partnerIds: readonly string[]): Promise<Set<string>> {
    if (customerIds.length === 0) return new Set();
    const customers = await (await this.readModels.collection('customer-360')).find({ $and: [{ _id: { $in: customerIds } }, { partnerId: { $in: [...partnerIds] } }] });
    return new Set(customers.map((c) => String(c._id)));
  }
}
