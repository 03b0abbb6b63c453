import { BusinessRuleError, InvalidValueError, NotFoundError } from '../../shared/errors';
import { given } from '../../testing/decider-spec';
import { PipelineStage } from '../pipeline/pipeline.events';
import { CreateOpportunity } from './opportunity.commands';
import { OpportunityCreated } from './opportunity.events';
import { opportunityDecider } from './opportunity.decider';

const stages: PipelineStage[] = [{ name: 'Qualify', probability: '0.1' }, { name: 'Proposal', probability: '0.5' }];
const ref = { opportunityId: 'opp-1', customerId: 'cus-1', pipelineId: 'pl-ir' };
const create: CreateOpportunity = {
  type: 'CreateOpportunity', ...ref, pipelineStages: stages, name: 'Cold brew for 40 cafés',
  amount: { amount: '12500.5', currency: 'eur' }, expectedCloseDate: '2026-06-30', owner: 'user-7',
};
const created: OpportunityCreated = {
  type: 'crm.opportunity.created',
  data: { ...ref, name: 'Cold brew for 40 cafés', amount: { amount: '12500.50', currency: 'EUR' }, expectedCloseDate: '2026-06-30',
    owner: 'user-7', stage: 'Qualify', probability: '0.1' },
};

describe('opportunities', () => {
  it("opens in the pipeline's first stage with its probability and exact money", () => {
    given(opportunityDecider).when(create).then([created]);
  });

  it('refuses an unknown pipeline, a stage outside it and an impossible close date', () => {
    given(opportunityDecider).when({ ...create, pipelineStages: undefined }).thenThrows(NotFoundError, { entity: 'pipeline' });
    given(opportunityDecider).when({ ...create, stage: 'Dreaming' }).thenThrows(InvalidValueError);
    given(opportunityDecider).when({ ...create, expectedCloseDate: '2026-02-30' }).thenThrows(InvalidValueError);
  });

  it('moves to another stage, remembering where it came from, and ignores a move to the same stage', () => {
    given(opportunityDecider, [created]).when({ type: 'ChangeOpportunityStage', opportunityId: 'opp-1', stage: 'Proposal', pipelineStages: stages })
      .then([{ type: 'crm.opportunity.stage-changed', data: { ...ref, from: 'Qualify', stage: 'Proposal', probability: '0.5' } }]);
    given(opportunityDecider, [created]).when({ type: 'ChangeOpportunityStage', opportunityId: 'opp-1', stage: 'Qualify', pipelineStages: stages }).then([]);
  });

  it('is won with its amount, and refuses to be lost afterwards', () => {
    const won = { type: 'crm.opportunity.won' as const, data: { ...ref, amount: created.data.amount, reason: 'best price' } };
    given(opportunityDecider, [created]).when({ type: 'WinOpportunity', opportunityId: 'opp-1', reason: 'best price' }).then([won]);
    given(opportunityDecider, [created, won]).when({ type: 'LoseOpportunity', opportunityId: 'opp-1', reason: 'x' }).thenThrows(BusinessRuleError);
    given(opportunityDecider, [created, won]).when({ type: 'WinOpportunity', opportunityId: 'opp-1' }).then([]);
  });

  it('needs a reason to be lost', () => {
    given(opportunityDecider, [created]).when({ type: 'LoseOpportunity', opportunityId: 'opp-1', reason: '' }).thenThrows(InvalidValueError);
    given(opportunityDecider, [created]).when({ type: 'LoseOpportunity', opportunityId: 'opp-1', reason: 'went with a competitor' })
      .thenMatches([{ type: 'crm.opportunity.lost', data: { reason: 'went with a competitor', amount: { amount: '12500.50', currency: 'EUR' } } }]);
  });
});
