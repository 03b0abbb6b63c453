import { ScoringModel } from './scoring-model';

/** The lead-scoring model (stream `lead-scoring-model`): each publication is a new, immutable version. */
export interface ScoringModelPublished {
  type: 'crm.lead-scoring.model-published';
  schemaVersion?: number;
  data: { version: number; model: ScoringModel };
  personal?: Record<string, never>;
}

export type ScoringEvent = ScoringModelPublished;

export interface PublishScoringModel {
  type: 'PublishScoringModel';
  model: unknown;
}

export const SCORING_MODEL_STREAM = 'lead-scoring-model';
