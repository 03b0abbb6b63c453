export * from './envelope';
export * from './event-store.port';
export * from './errors';
export { SqliteEventStore } from './sqlite-event-store';
export type { GroupCommitStats, SqliteEventStoreOptions } from './sqlite-event-store';
export { UpcasterRegistry } from './upcasting';
export type { Upcaster, UpcastInput, UpcastOutput } from './upcasting';
export * from './eventstoredb';
