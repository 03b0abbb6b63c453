import { Money } from '../sales/money/money';

/** Campaign events (stream `campaign-<campaignId>`, subject: none, a campaign is no data subject). */
export const CAMPAIGN_CHANNELS = ['email', 'sms', 'phone', 'chat', 'social', 'web'] as const;
export type CampaignChannel = (typeof CAMPAIGN_CHANNELS)[number];

export interface CampaignVariant {
  name: string;
  /** A positive integer: a member falls into a variant with probability weight / sum of weights. */
  weight: number;
}

export interface CampaignCreated {
  type: 'crm.campaign.created';
  schemaVersion?: number;
  data: {
    campaignId: string;
    name: string;
    segmentId: string;
    channel: CampaignChannel;
    purpose: string;
    /** What the campaign costs; ROI is computed against it. */
    budget: Money;
    /** Empty when the campaign is not split into variants. */
    variants: CampaignVariant[];
    /** The partner whose key created it (its subtree sees it, and it contacts only that subtree); absent for staff. */
    partnerId?: string;
  };
  personal?: Record<string, never>;
}

/** Members counted by a launch (or one page of it). */
export type LaunchCounts = {
  contacted: number;
  skippedWithoutConsent: number;
  /** Members an earlier launch already contacted: never contacted again. */
  alreadyContacted: number;
};

/** A launch was asked for; the worker contacts the members (launches are numbered from 1). */
export interface CampaignLaunchRequested {
  type: 'crm.campaign.launch-requested';
  schemaVersion?: number;
  data: { campaignId: string; launch: number };
  personal?: Record<string, never>;
}

/** One page of members was handled; `cursor` (a customer id) is where a resumed launch continues. */
export interface CampaignLaunchProgressed {
  type: 'crm.campaign.launch-progressed';
  schemaVersion?: number;
  data: { campaignId: string; launch: number; cursor: string; contacted: number; skippedWithoutConsent: number; alreadyContacted: number };
  personal?: Record<string, never>;
}

/** A launch finished: what it did in all (a re-launch contacts only members not contacted before). */
export interface CampaignLaunched {
  type: 'crm.campaign.launched';
  schemaVersion?: number;
  data: { campaignId: string; launch: number; contacted: number; skippedWithoutConsent: number; alreadyContacted: number };
  personal?: Record<string, never>;
}

export type CampaignEvent = CampaignCreated | CampaignLaunchRequested | CampaignLaunchProgressed | CampaignLaunched;

export const RESPONSE_KINDS = ['opened', 'clicked', 'replied', 'converted'] as const;
export type ResponseKind = (typeof RESPONSE_KINDS)[number];

/** A contacted member responded (stream `campaign-response-<responseId>`, subject = the customer). */
export interface CampaignResponseRecorded {
  type: 'crm.campaign.response-recorded';
  schemaVersion?: number;
  data: {
    responseId: string;
    campaignId: string;
    customerId: string;
    kind: ResponseKind;
    /** The variant the member was contacted with; absent for a campaign without variants. */
    variant?: string;
    /** Revenue the response brought (conversions). */
    value?: Money;
  };
  personal?: Record<string, never>;
}

export type CampaignResponseEvent = CampaignResponseRecorded;

export const campaignStream = (campaignId: string): string => `campaign-${campaignId}`;
export const campaignResponseStream = (responseId: string): string => `campaign-response-${responseId}`;
