import { EventEnvelope, EventMetadata, NewEvent } from '../envelope';
import { ExpectedRevision } from '../event-store.port';
import { ANY, AppendExpectedRevision, CurrentRevision, EventData, NO_STREAM, ReadPosition, RecordedEvent, START, STREAM_EXISTS, jsonEvent } from './esdb-client';

/** The event body on EventStoreDB: personal fields kept apart so they can be encrypted per subject. */
export interface StoredData {
  data: Record<string, unknown>;
  personal?: Record<string, unknown>;
}

/** Envelope fields that are not the body. `$correlationId`/`$causationId` are the server's own conventions. */
export interface StoredMetadata {
  schemaVersion: number;
  subjectId?: string;
  occurredAt: string;
  metadata: EventMetadata;
  $correlationId?: string;
  $causationId?: string;
}

export function toJsonEvent(event: NewEvent): EventData {
  const data: StoredData = { data: event.data };
  if (event.personal !== undefined) data.personal = event.personal;
  const metadata: StoredMetadata = {
    schemaVersion: event.schemaVersion,
    occurredAt: event.occurredAt,
    metadata: event.metadata,
    $correlationId: event.metadata.correlationId,
  };
  if (event.subjectId !== undefined) metadata.subjectId = event.subjectId;
  if (event.metadata.causationId !== undefined) metadata.$causationId = event.metadata.causationId;
  return jsonEvent({ id: event.eventId, type: event.type, data: { ...data }, metadata: { ...metadata } });
}

/** System events (`$`-types such as `$metadata`, `$statsCollected`) and link events (`$>`) are not ours. */
export function isSystemOrLink(type: string): boolean {
  return type.startsWith('$');
}

/** True when the event was written through `toJsonEvent`: JSON, with our body and metadata shape. */
export function isEnvelopeShaped(recorded: RecordedEvent): boolean {
  if (!recorded.isJson || isSystemOrLink(recorded.type)) return false;
  const data = recorded.data as Partial<StoredData> | undefined;
  const metadata = recorded.metadata as Partial<StoredMetadata> | undefined;
  return (
    isRecord(data) &&
    isRecord(data.data) &&
    isRecord(metadata) &&
    typeof metadata.schemaVersion === 'number' &&
    typeof metadata.occurredAt === 'string' &&
    isRecord(metadata.metadata)
  );
}

/**
 * Builds the envelope of a recorded event. `position` is the event's commit position in `$all`:
 * strictly increasing but not dense (it is a byte offset in the server's log).
 */
export function toEnvelope(recorded: RecordedEvent): EventEnvelope {
  if (!isEnvelopeShaped(recorded)) {
    throw new Error(`event ${recorded.id} in ${recorded.streamId} (${recorded.type}) was not written by this event store`);
  }
  if (!recorded.position) {
    // Stream reads carry positions only from server 22.6 on.
    throw new Error(`event ${recorded.id} came without a log position: EventStoreDB 22.10 or later is required`);
  }
  const body = recorded.data as unknown as StoredData;
  const meta = recorded.metadata as unknown as StoredMetadata;
  const envelope: EventEnvelope = {
    eventId: recorded.id,
    type: recorded.type,
    schemaVersion: meta.schemaVersion,
    streamId: recorded.streamId,
    revision: toSafeNumber(recorded.revision, 'revision'),
    position: toSafeNumber(recorded.position.commit, 'position'),
    occurredAt: meta.occurredAt,
    recordedAt: recorded.created.toISOString(),
    data: body.data,
    metadata: meta.metadata,
  };
  if (meta.subjectId !== undefined) envelope.subjectId = meta.subjectId;
  if (body.personal !== undefined) envelope.personal = body.personal;
  return envelope;
}

export function toExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  if (expected === 'any') return ANY;
  if (expected === 'no-stream') return NO_STREAM;
  if (expected === 'stream-exists') return STREAM_EXISTS;
  if (!Number.isSafeInteger(expected) || expected < 0) {
    throw new RangeError(`expected revision must be an integer >= 0 or any/no-stream/stream-exists, got ${String(expected)}`);
  }
  return BigInt(expected);
}

/** The revision a WrongExpectedVersionError reports: -1 when the stream does not exist. */
export function toActualRevision(actual: CurrentRevision | undefined): number {
  return typeof actual === 'bigint' ? toSafeNumber(actual, 'revision') : -1;
}

/**
 * Where to start reading `$all` to see everything after `after`. Events appended through the gRPC
 * API have commit position = prepare position, so one number identifies an event exactly. The
 * server reads forwards inclusively: callers drop the event at `after` itself.
 */
export function toReadPosition(after: number): ReadPosition {
  if (!Number.isSafeInteger(after) || after < 0) throw new RangeError(`position must be an integer >= 0, got ${after}`);
  return after === 0 ? START : { commit: BigInt(after), prepare: BigInt(after) };
}

/** Accepts `kurrentdb://` (and `kdb://`) as well as `esdb://`; the installed client only parses `esdb`. */
export function toClientConnectionString(url: string): string {
  const rewritten = url.trim().replace(/^(?:kurrentdb|kdb)(\+discover)?:\/\//i, 'esdb$1://');
  if (!/^esdb(\+discover)?:\/\//i.test(rewritten)) {
    throw new Error(`EVENTSTORE_URL must start with esdb://, esdb+discover:// or kurrentdb://, got "${url}"`);
  }
  return rewritten;
}

export function toSafeNumber(value: bigint, what: string): number {
  if (value < 0n || value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`${what} ${value} does not fit a number`);
  return Number(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
