export { EventStoreDbEventStore } from './eventstoredb-event-store';
export type { EventStoreDbEventStoreOptions } from './eventstoredb-event-store';
export type { EsdbClient } from './esdb-reads';
export { toClientConnectionString } from './esdb-mapping';
