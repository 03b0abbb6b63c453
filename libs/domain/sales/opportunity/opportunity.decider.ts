import { compact } from '../../shared/compact';
import { Decider } from '../../shared/decider';
import { BusinessRuleError, NotFoundError } from '../../shared/errors';
import { parseFreeText, parseOptionalFreeText } from '../../shared/free-text';
import { parseId } from '../../shared/identifier';
import { invalid, validateAll } from '../../shared/validation';
import { Money, parseMoney } from '../money/money';
import { PipelineStage } from '../pipeline/pipeline.events';
import { parseCalendarDate } from './calendar-date';
import * as C from './opportunity.commands';
import { OpportunityEvent } from './opportunity.events';

export type OpportunityState =
  | { status: 'absent' }
  | { status: 'open' | 'won' | 'lost'; ref: { opportunityId: string; customerId: string; pipelineId: string; leadId?: string }; stage: string; amount: Money };
type Opportunity = Exclude<OpportunityState, { status: 'absent' }>;

function stageOf(stages: PipelineStage[] | undefined, pipelineId: string, name: string | undefined): PipelineStage {
  if (!stages) throw new NotFoundError('pipeline', pipelineId);
  const stage = name === undefined ? stages[0] : stages.find((s) => s.name === name);
  if (!stage) throw invalid('stage', `must be a stage of pipeline ${pipelineId}: ${stages.map((s) => s.name).join(', ')}`);
  return stage;
}

function create(command: C.CreateOpportunity, state: OpportunityState): OpportunityEvent[] {
  if (state.status !== 'absent') throw new BusinessRuleError(`opportunity ${state.ref.opportunityId} already exists`);
  const v = validateAll({
    opportunityId: () => parseId(command.opportunityId, 'opportunityId'),
    customerId: () => parseId(command.customerId, 'customerId'),
    pipelineId: () => parseId(command.pipelineId, 'pipelineId'),
    leadId: () => (command.leadId == null ? undefined : parseId(command.leadId, 'leadId')),
    name: () => parseFreeText(command.name, 'name', { maxLength: 300 }),
    amount: () => parseMoney(command.amount, 'amount'),
    expectedCloseDate: () => parseCalendarDate(command.expectedCloseDate, 'expectedCloseDate'),
    owner: () => (command.owner == null ? undefined : parseId(command.owner, 'owner')),
    partnerId: () => (command.partnerId == null ? undefined : parseId(command.partnerId, 'partnerId')),
  });
  const stage = stageOf(command.pipelineStages, v.pipelineId, command.stage);
  return [{ type: 'crm.opportunity.created', data: compact({ ...v, stage: stage.name, probability: stage.probability }) }];
}

function changeStage(command: C.ChangeOpportunityStage, opp: Opportunity): OpportunityEvent[] {
  const stage = stageOf(command.pipelineStages, opp.ref.pipelineId, String(command.stage));
  if (opp.status !== 'open') throw new BusinessRuleError(`opportunity ${opp.ref.opportunityId} is ${opp.status}`);
  if (stage.name === opp.stage) return [];
  return [{ type: 'crm.opportunity.stage-changed', data: compact({ ...opp.ref, from: opp.stage, stage: stage.name, probability: stage.probability }) }];
}

function close(command: C.WinOpportunity | C.LoseOpportunity, opp: Opportunity): OpportunityEvent[] {
  const won = command.type === 'WinOpportunity';
  const reason = won ? parseOptionalFreeText(command.reason, 'reason', { maxLength: 1000 }) : parseFreeText(command.reason, 'reason', { maxLength: 1000 });
  if (opp.status === (won ? 'won' : 'lost')) return [];
  if (opp.status !== 'open') throw new BusinessRuleError(`opportunity ${opp.ref.opportunityId} is already ${opp.status}`);
  const data = { ...opp.ref, amount: opp.amount };
  return won ? [{ type: 'crm.opportunity.won', data: compact({ ...data, reason }) }] : [{ type: 'crm.opportunity.lost', data: { ...data, reason: reason! } }];
}

function evolve(state: OpportunityState, event: OpportunityEvent): OpportunityState {
  if (event.type === 'crm.opportunity.created') {
    const { opportunityId, customerId, pipelineId, leadId, stage, amount } = event.data;
    return { status: 'open', ref: compact({ opportunityId, customerId, pipelineId, leadId }), stage, amount };
  }
  if (state.status === 'absent') return state;
  if (event.type === 'crm.opportunity.stage-changed') return { ...state, stage: event.data.stage };
  return { ...state, status: event.type === 'crm.opportunity.won' ? 'won' : 'lost' };
}

/** An opportunity (stream `opportunity-<id>`): amount, stage in its pipeline, and its outcome. */
export const opportunityDecider: Decider<C.OpportunityCommand, OpportunityState, OpportunityEvent> = {
  initialState: { status: 'absent' },
  decide(command, state) {
    if (command.type === 'CreateOpportunity') return create(command, state);
    if (state.status === 'absent') throw new NotFoundError('opportunity', String(command.opportunityId));
    return command.type === 'ChangeOpportunityStage' ? changeStage(command, state) : close(command, state);
  },
  evolve,
};
