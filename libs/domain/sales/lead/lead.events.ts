import { LifecycleStage } from '../lifecycle';
import type { LeadScore } from '../scoring/lead-score';

/** Engagement signals. Hand-raises (see HAND_RAISES) turn a subscriber into a lead. */
export const SIGNAL_KINDS = ['web_visit', 'email_open', 'email_click', 'form_submit', 'event_attended', 'call', 'demo_request', 'unsubscribe'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];
export const HAND_RAISES: readonly SignalKind[] = ['form_submit', 'event_attended', 'call', 'demo_request'];

/** Attributes that scoring-model fit rules may test; all kept in `data`, none personal. */
export const FIT_ATTRIBUTES = ['country', 'source', 'campaignId', 'partnerId', 'industry', 'companySize'] as const;
export type FitAttribute = (typeof FIT_ATTRIBUTES)[number];
export type FitAttributes = Partial<Record<FitAttribute, string | number>>;

/**
 * Lead events (stream `lead-<leadId>`). Contact details are `personal`; once the lead is converted,
 * its events also carry `data.customerId` so that they belong to the customer's history.
 */
export interface LeadCaptured {
  type: 'crm.lead.captured';
  schemaVersion?: number;
  data: {
    leadId: string;
    /** `subscriber` for a newsletter subscription only, else `lead`. */
    stage: 'subscriber' | 'lead';
    source: string;
    campaignId?: string;
    country?: string;
    partnerId?: string;
    industry?: string;
    companySize?: number;
    /** An existing customer who referred this lead (makes that customer an advocate). */
    referrerCustomerId?: string;
  };
  personal: { name: string; email?: string; phone?: string; company?: string };
}

export interface LeadSignalRecorded {
  type: 'crm.lead.signal-recorded';
  schemaVersion?: number;
  data: { leadId: string; signalId: string; kind: SignalKind; customerId?: string };
  personal?: Record<string, never>;
}

export interface LeadQualified {
  type: 'crm.lead.qualified';
  schemaVersion?: number;
  data: {
    leadId: string;
    level: 'mql' | 'sql';
    /** `score`: the model's MQL threshold was reached; `user`: someone qualified the lead. */
    by: 'user' | 'score';
    reason?: string;
    score?: number;
    modelVersion?: number;
    customerId?: string;
  };
  personal?: Record<string, never>;
}

export interface LeadDisqualified {
  type: 'crm.lead.disqualified';
  schemaVersion?: number;
  data: { leadId: string; reason: string; customerId?: string };
  personal?: Record<string, never>;
}

export interface LeadConverted {
  type: 'crm.lead.converted';
  schemaVersion?: number;
  data: {
    leadId: string;
    customerId: string;
    /** True when the lead matched a customer already known (by email or phone). */
    matchedExisting: boolean;
    matchedBy?: 'email' | 'phone';
    opportunityId?: string;
    /** The lead's lifecycle stage when converted. */
    stage: LifecycleStage;
    /** The score at conversion under the model then in force, with its explanation. */
    score?: LeadScore;
  };
  personal?: Record<string, never>;
}

/**
 * The lead's personal data was erased: on its own request (an unconverted lead is its own data
 * subject) or with the customer it was converted into. Its key is destroyed right after.
 */
export interface LeadErased {
  type: 'crm.lead.erased';
  schemaVersion?: number;
  /** `customerId`: the customer whose erasure reached the lead, when it was converted. */
  data: { leadId: string; customerId?: string; reason?: string };
  personal?: Record<string, never>;
}

export type LeadEvent = LeadCaptured | LeadSignalRecorded | LeadQualified | LeadDisqualified | LeadConverted | LeadErased;

export const leadStream = (leadId: string): string => `lead-${leadId}`;
