export * from './scoring-model';
export * from './lead-score';
export * from './scoring.events';
export { scoringDecider, type ScoringState } from './scoring.decider';
