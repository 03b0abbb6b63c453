import { compact } from '../../shared/compact';
import { parseCountry } from '../../shared/country';
import { Decider } from '../../shared/decider';
import { BusinessRuleError } from '../../shared/errors';
import { parseFreeText, parseOptionalFreeText } from '../../shared/free-text';
import { parseId } from '../../shared/identifier';
import { invalid, validateAll, validateList } from '../../shared/validation';
import { parseDecimal } from '../money/decimal';
import { CreatePipeline, PipelineCommand } from './pipeline.commands';
import { PipelineEvent, PipelineStage } from './pipeline.events';

export const MAX_STAGES = 30;

export type PipelineState = { status: 'absent' } | { status: 'created'; pipelineId: string; stages: PipelineStage[] };

const parseStage = (input: unknown, field: string): PipelineStage => {
  const stage = (input ?? {}) as Record<string, unknown>;
  return validateAll({
    name: () => parseFreeText(stage.name, `${field}.name`, { maxLength: 100 }),
    probability: () => parseDecimal(stage.probability, `${field}.probability`, { maxScale: 4, max: '1' }),
  });
};

function parseStages(input: unknown): PipelineStage[] {
  const stages = validateList(input, 'stages', parseStage);
  if (stages.length === 0 || stages.length > MAX_STAGES) throw invalid('stages', `must have 1 to ${MAX_STAGES} stages`);
  const seen = new Set<string>();
  for (const stage of stages) {
    if (seen.has(stage.name)) throw invalid('stages', `stage "${stage.name}" appears twice`);
    seen.add(stage.name);
  }
  return stages;
}

function create(command: CreatePipeline, state: PipelineState): PipelineEvent[] {
  if (state.status === 'created') throw new BusinessRuleError(`pipeline ${state.pipelineId} already exists`);
  const data = validateAll({
    pipelineId: () => parseId(command.pipelineId, 'pipelineId'),
    name: () => parseFreeText(command.name, 'name', { maxLength: 200 }),
    stages: () => parseStages(command.stages),
    country: () => (command.country == null ? undefined : parseCountry(command.country, 'country')),
    partnerId: () => (command.partnerId == null ? undefined : parseId(command.partnerId, 'partnerId')),
    productLine: () => parseOptionalFreeText(command.productLine, 'productLine', { maxLength: 200 }),
  });
  return [{ type: 'crm.pipeline.created', data: compact(data) }];
}

/** A pipeline (stream `pipeline-<id>`): its ordered stages and their win probabilities. */
export const pipelineDecider: Decider<PipelineCommand, PipelineState, PipelineEvent> = {
  initialState: { status: 'absent' },
  decide: (command, state) => create(command, state),
  evolve: (_state, event) => ({ status: 'created', pipelineId: event.data.pipelineId, stages: event.data.stages }),
};
