import { CampaignAnalyticsQuery } from './campaign-analytics.service';
import { CampaignLauncher } from './campaign-launcher';
import { CampaignsController } from './campaigns.controller';
import { Campaigns } from './campaigns.service';
import { SEGMENT_MEMBERS } from './segment-members';
import { SegmentMembersReader } from './segment-members.provider';

/**
 * Campaigns: creation, launch (exactly one contact per member, never without consent), responses
 * and ROI. Part of the marketing module, beside the segments they read.
 */
export const campaignControllers = [CampaignsController];
export const campaignProviders = [Campaigns, CampaignLauncher, CampaignAnalyticsQuery, { provide: SEGMENT_MEMBERS, useClass: SegmentMembersReader }];
