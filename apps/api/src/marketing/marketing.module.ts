import { Module } from '@nestjs/common';
import { SegmentDirectory } from './segments/segment-directory';
import { SegmentMembershipJob } from './segments/segment-membership.job';
import { SegmentsController } from './segments/segments.controller';

/** Marketing: segments (and what builds on them). The membership job runs in the worker role. */
@Module({
  controllers: [SegmentsController],
  providers: [SegmentDirectory, SegmentMembershipJob],
  exports: [SegmentDirectory],
})
export class MarketingModule {}
