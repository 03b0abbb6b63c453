import { Module } from '@nestjs/common';
import { SegmentDirectory } from './segments/segment-directory';
import { SegmentMembershipJob } from './segments/segment-membership.job';
import { SegmentsController } from './segments/segments.controller';
import { campaignControllers, campaignProviders } from './campaigns/campaigns.providers';
import { noticeControllers, noticeProviders } from './notices/notices.providers';

/** Marketing: segments, and the campaigns and notices that reach their members. The membership job and the notice runner run in the worker role. */
@Module({
  controllers: [SegmentsController, ...campaignControllers, ...noticeControllers],
  providers: [SegmentDirectory, SegmentMembershipJob, ...campaignProviders, ...noticeProviders],
  exports: [SegmentDirectory],
})
export class MarketingModule {}
