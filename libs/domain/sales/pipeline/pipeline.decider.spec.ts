import { BusinessRuleError, InvalidValueError } from '../../shared/errors';
import { given } from '../../testing/decider-spec';
import { PipelineCreated } from './pipeline.events';
import { pipelineDecider } from './pipeline.decider';
import { CreatePipeline } from './pipeline.commands';

const createIran: CreatePipeline = {
  type: 'CreatePipeline', pipelineId: 'pl-ir', name: 'Iran beverages', country: 'ir',
  stages: [{ name: 'Qualify', probability: 0.1 }, { name: 'Proposal', probability: '0.50' }, { name: 'Negotiation', probability: 0.8 }],
};

const created: PipelineCreated = {
  type: 'crm.pipeline.created',
  data: { pipelineId: 'pl-ir', name: 'Iran beverages', country: 'IR',
    stages: [{ name: 'Qualify', probability: '0.1' }, { name: 'Proposal', probability: '0.5' }, { name: 'Negotiation', probability: '0.8' }] },
};

describe('pipelines', () => {
  it('creates a pipeline with ordered stages and exact probabilities', () => {
    given(pipelineDecider).when(createIran).then([created]);
  });

  it('refuses a probability above one and a stage named twice', () => {
    given(pipelineDecider).when({ ...createIran, stages: [{ name: 'Won', probability: 1.5 }] })
      .thenThrows(InvalidValueError, { errors: [{ field: 'stages[0].probability', message: 'must be at most 1' }] });
    given(pipelineDecider).when({ ...createIran, stages: [{ name: 'A', probability: 0.1 }, { name: 'A', probability: 0.2 }] })
      .thenThrows(InvalidValueError);
  });

  it('refuses a pipeline without stages', () => {
    given(pipelineDecider).when({ ...createIran, stages: [] }).thenThrows(InvalidValueError);
  });

  it('refuses to create the same pipeline twice', () => {
    given(pipelineDecider, [created]).when(createIran).thenThrows(BusinessRuleError);
  });
});
