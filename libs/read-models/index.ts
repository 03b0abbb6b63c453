export * from './document-store.port';
export * from './projection';
export * from './errors';
export { SqliteDocumentStore, SqliteDocumentStoreOptions } from './sqlite/sqlite-document-store';
export { ProjectionRunner, ProjectionRunnerOptions, ProjectionStatus } from './runner/projection-runner';
export { rebuildProjection, RebuildOptions, RebuildProgress, RebuildResult } from './runner/rebuild';
export { RetryOutcome, ParkedEvent } from './runner/parked-events';
export {
  activeCollection, readRegistry, RegistryDoc, REGISTRY_COLLECTION, CHECKPOINT_COLLECTION, PARKED_COLLECTION,
} from './runner/registry';
export { customer360Projection } from './customer/customer-360.projection';
export { Customer360, ConsentEntry, RecentInteraction } from './customer/customer-360.document';
export { customerHistoryProjection, CustomerHistoryEntry } from './customer/customer-history.projection';
export { nameTokens } from './customer/name-tokens';
