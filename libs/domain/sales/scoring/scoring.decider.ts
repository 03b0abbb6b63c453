import { isDeepStrictEqual } from 'node:util';
import { Decider } from '../../shared/decider';
import { parseScoringModel, ScoringModel } from './scoring-model';
import { PublishScoringModel, ScoringEvent } from './scoring.events';

export interface ScoringState {
  version: number;
  model: ScoringModel | null;
}

function publish(command: PublishScoringModel, state: ScoringState): ScoringEvent[] {
  const model = parseScoringModel(command.model);
  // PUT is idempotent: the model in force sent again is not a new version.
  if (state.model && isDeepStrictEqual(state.model, model)) return [];
  return [{ type: 'crm.lead-scoring.model-published', data: { version: state.version + 1, model } }];
}

/** The versioned lead-scoring model (stream `lead-scoring-model`). */
export const scoringDecider: Decider<PublishScoringModel, ScoringState, ScoringEvent> = {
  initialState: { version: 0, model: null },
  decide: (command, state) => publish(command, state),
  evolve: (_state, event) => ({ version: event.data.version, model: event.data.model }),
};
