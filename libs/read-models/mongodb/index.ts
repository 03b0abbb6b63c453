export { MongoDocumentStore } from './mongo-document-store';
export type { MongoDocumentStoreOptions } from './mongo-document-store';
export { supportsTransactions } from './deployment';
export { databaseNameFromUrl, DEFAULT_DATABASE } from './mongo-names';
export { WritingStageError } from './query-guards';
