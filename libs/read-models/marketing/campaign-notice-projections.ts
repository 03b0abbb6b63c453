import { campaignContactsProjection, campaignsProjection } from './campaign.projections';
import { noticesProjection } from './notices.projection';

/** The read models of campaigns and notices, for the composition root. */
export const marketingCampaignNoticeProjections = [campaignsProjection, campaignContactsProjection, noticesProjection];
