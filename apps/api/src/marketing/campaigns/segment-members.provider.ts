import { Inject, Injectable } from '@nestjs/common';
import { segmentMembers } from '../../../../../libs/read-models/marketing/segment-members.reader';
import { Principal } from '../../auth/principal';
import { ReadModels } from '../../read-side/read-models.service';
import { SegmentDirectory } from '../segments/segment-directory';
import { SegmentMembers, SegmentMembersPage } from './segment-members';

/** Segments as campaigns and notices read them: the segments' own directory and members reader. */
@Injectable()
export class SegmentMembersReader implements SegmentMembers {
  constructor(@Inject(ReadModels) private readonly readModels: ReadModels, @Inject(SegmentDirectory) private readonly directory: SegmentDirectory) {}

  async assertVisible(segmentId: string, principal: Principal | undefined): Promise<void> {
    await this.directory.visible(segmentId, principal);
  }

  page(segmentId: string, options: { after?: string; limit: number; partnerIds?: readonly string[] }): Promise<SegmentMembersPage> {
    return segmentMembers(this.readModels, segmentId, options);
  }
}
