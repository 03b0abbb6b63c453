import type { LeadScore } from '../scoring/lead-score';

export interface CaptureLead {
  type: 'CaptureLead';
  leadId: string;
  name: string;
  email?: string;
  phone?: string;
  company?: string;
  country?: string;
  /** Channel or origin: web, event, referral, partner, newsletter… (a lower-case token). */
  source: string;
  campaignId?: string;
  partnerId?: string;
  industry?: string;
  companySize?: number;
  referrerCustomerId?: string;
  /** Only subscribed to a newsletter: starts at the `subscriber` stage. */
  subscriberOnly?: boolean;
}

export interface RecordSignal {
  type: 'RecordSignal';
  leadId: string;
  kind: string;
  /** The lead's score including this signal under the model in force, when one is published. */
  scoreAfter?: { score: number; modelVersion: number; mqlThreshold?: number };
}

export interface QualifyLead {
  type: 'QualifyLead';
  leadId: string;
  /** Marketing-qualified (`mql`) or sales-qualified (`sql`, the default). */
  level?: string;
  reason?: string;
}

export interface DisqualifyLead {
  type: 'DisqualifyLead';
  leadId: string;
  reason: string;
}

/** The customer is resolved (matched or registered) before the decision, by the identity rules. */
export interface ConvertLead {
  type: 'ConvertLead';
  leadId: string;
  customerId: string;
  matchedExisting: boolean;
  matchedBy?: 'email' | 'phone';
  opportunityId?: string;
  score?: LeadScore;
}

/** Right to erasure for the lead (its own request, or its customer's); the caller then destroys its key. */
export interface EraseLead {
  type: 'EraseLead';
  leadId: string;
  customerId?: string;
  reason?: string;
}

export type LeadCommand = CaptureLead | RecordSignal | QualifyLead | DisqualifyLead | ConvertLead | EraseLead;
