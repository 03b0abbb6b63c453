import { Money } from '../money/money';

/** Every opportunity event names the customer (and the lead it came from, if any) in `data`. */
type OpportunityRef = {
  opportunityId: string;
  customerId: string;
  pipelineId: string;
  leadId?: string;
};

/** Opportunity events (stream `opportunity-<opportunityId>`). Deal figures are data, never personal. */
export interface OpportunityCreated {
  type: 'crm.opportunity.created';
  schemaVersion?: number;
  /** `partnerId`: the customer's partner when the opportunity was opened (read models follow later changes). */
  data: OpportunityRef & { name: string; amount: Money; expectedCloseDate: string; stage: string; probability: string; owner?: string; partnerId?: string };
  personal?: Record<string, never>;
}

export interface OpportunityStageChanged {
  type: 'crm.opportunity.stage-changed';
  schemaVersion?: number;
  data: OpportunityRef & { from: string; stage: string; probability: string };
  personal?: Record<string, never>;
}

export interface OpportunityWon {
  type: 'crm.opportunity.won';
  schemaVersion?: number;
  data: OpportunityRef & { amount: Money; reason?: string };
  personal?: Record<string, never>;
}

export interface OpportunityLost {
  type: 'crm.opportunity.lost';
  schemaVersion?: number;
  data: OpportunityRef & { amount: Money; reason: string };
  personal?: Record<string, never>;
}

export type OpportunityEvent = OpportunityCreated | OpportunityStageChanged | OpportunityWon | OpportunityLost;

export const opportunityStream = (opportunityId: string): string => `opportunity-${opportunityId}`;
