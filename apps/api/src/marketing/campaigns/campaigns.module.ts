import { Module } from '@nestjs/common';
import { CampaignAnalyticsQuery } from './campaign-analytics.service';
import { CampaignLauncher } from './campaign-launcher';
import { CampaignsController } from './campaigns.controller';
import { Campaigns } from './campaigns.service';

/** Campaigns: creation, launch (exactly one contact per member, never without consent), responses and ROI. Needs SEGMENT_MEMBERS from the segments module. */
@Module({
  controllers: [CampaignsController],
  providers: [Campaigns, CampaignLauncher, CampaignAnalyticsQuery],
})
export class CampaignsModule {}
