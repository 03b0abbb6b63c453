/**
 * The only file that imports the client library. `@kurrent/kurrentdb-client` is the renamed
 * successor with the same API: swapping is this import (its client class is `KurrentDBClient`).
 */
export {
  ANY,
  BACKWARDS,
  END,
  EventStoreDBClient as DbClient,
  FORWARDS,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
  excludeSystemEvents,
  jsonEvent,
} from '@eventstore/db-client';
export type {
  AllStreamResolvedEvent,
  AllStreamSubscription,
  AppendExpectedRevision,
  AppendResult as DbAppendResult,
  CurrentRevision,
  EventData,
  ReadPosition,
  RecordedEvent,
  ResolvedEvent,
} from '@eventstore/db-client';
