export * from './merge.events';
export * from './merge.commands';
export { customerMergeDecider } from './customer-merge.decider';
export { matchProfiles, sameAddress, NAME_THRESHOLD, type IdentityProfile, type Match, type MatchReason, type MatchRule } from './match-rules';
export { nameSimilarity, stringSimilarity } from './name-similarity';
