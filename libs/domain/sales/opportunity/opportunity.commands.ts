import { PipelineStage } from '../pipeline/pipeline.events';

/** The handler loads the pipeline's stages (undefined: no such pipeline) so the decision stays pure. */
export interface CreateOpportunity {
  type: 'CreateOpportunity';
  opportunityId: string;
  customerId: string;
  pipelineId: string;
  pipelineStages: PipelineStage[] | undefined;
  name: string;
  amount: unknown;
  /** A calendar date, YYYY-MM-DD. */
  expectedCloseDate: string;
  /** Defaults to the pipeline's first stage. */
  stage?: string;
  owner?: string;
  leadId?: string;
  /** The customer's partner, stamped by the handler (never taken from the request). */
  partnerId?: string;
}

export interface ChangeOpportunityStage {
  type: 'ChangeOpportunityStage';
  opportunityId: string;
  stage: string;
  pipelineStages: PipelineStage[] | undefined;
}

export interface WinOpportunity {
  type: 'WinOpportunity';
  opportunityId: string;
  reason?: string;
}

export interface LoseOpportunity {
  type: 'LoseOpportunity';
  opportunityId: string;
  reason: string;
}

export type OpportunityCommand = CreateOpportunity | ChangeOpportunityStage | WinOpportunity | LoseOpportunity;
