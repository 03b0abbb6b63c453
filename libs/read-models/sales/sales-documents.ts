import { LifecycleStage, StagesReached } from '../../domain/sales/lifecycle';
import { LeadScore, ScoredSignal } from '../../domain/sales/scoring/lead-score';
import { FitAttributes } from '../../domain/sales/lead/lead.events';
import { Money } from '../../domain/sales/money/money';
import { Doc } from '../document-store.port';

/** `sales-leads` (`_id` = lead id): everything funnels and scoring need, per lead. */
export interface LeadDoc extends Doc {
  leadId: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  company: string | null;
  source: string | null;
  campaignId: string | null;
  country: string | null;
  partnerId: string | null;
  attributes: FitAttributes;
  status: 'open' | 'disqualified' | 'converted';
  stage: LifecycleStage | null;
  capturedAt: string | null;
  /** When each lifecycle stage was reached, as instants and as epoch milliseconds (for durations in pipelines). */
  reached: StagesReached;
  reachedMs: Record<LifecycleStage, number | null>;
  disqualifiedAt: string | null;
  disqualifiedReason: string | null;
  /** The whole signal history: re-scoring under any model folds it again. */
  signals: (ScoredSignal & { signalId: string })[];
  customerId: string | null;
  opportunityId: string | null;
  qualifiedByScore: { score: number; modelVersion: number } | null;
  /** Set by `crm.lead.erased`: name, email, phone and company are forgotten, the facts stay. */
  erasedAt?: string;
}

export interface StageVisit {
  stage: string;
  probability: string;
  enteredAt: string;
  enteredMs: number;
  leftAt: string | null;
  /** Time spent in the stage once left; for the current stage, now minus enteredAt. */
  durationMs: number | null;
}

/** `sales-opportunities` (`_id` = opportunity id). */
export interface OpportunityDoc extends Doc {
  opportunityId: string;
  customerId: string;
  pipelineId: string;
  leadId: string | null;
  name: string;
  owner: string | null;
  /** The customer's partner, kept current when it changes (partner keys are confined by it). */
  partnerId: string | null;
  amount: Money;
  currency: string;
  /** The amount in 10^-4 units split in two exact-summing parts (see toUnits). */
  units: { hi: number; lo: number };
  expectedCloseDate: string;
  createdAt: string;
  createdMs: number;
  stage: string;
  probability: string;
  status: 'open' | 'won' | 'lost';
  closedAt: string | null;
  closedMs: number | null;
  reason: string | null;
  history: StageVisit[];
}

export interface OpenOpportunity {
  opportunityId: string;
  name: string;
  pipelineId: string;
  stage: string;
  probability: string;
  amount: Money;
  expectedCloseDate: string;
}

/** `customer-sales` (`_id` = customer id): the sales part of the 360° view. */
export interface CustomerSalesDoc extends Doc {
  customerId: string;
  lifecycleStage: LifecycleStage | null;
  reached: StagesReached;
  leadIds: string[];
  /** The lead's score at conversion, with its explanation (live scores: GET /v1/leads/{id}). */
  leadScore: LeadScore | null;
  openOpportunities: OpenOpportunity[];
  wonOpportunityIds: string[];
  lostOpportunityIds: string[];
  referredLeadIds: string[];
}
