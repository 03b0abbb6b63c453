import { EventEnvelope, EventMetadata, EventSource } from '../event-store/envelope';

/**
 * CloudEvents 1.0 structured JSON, as downstream consumers see our events (Kafka, HTTP feed, SSE).
 *
 * Extension attributes carry the rest of the envelope. CloudEvents restricts extension names to
 * lower-case a–z and 0–9 (at most 20 characters recommended) and forbids reusing context
 * attribute names, hence `origin` for metadata.source and run-together names:
 *
 * | extension        | envelope field           | type                           |
 * |------------------|--------------------------|--------------------------------|
 * | `position`       | position                 | Integer (string above 2^31-1)  |
 * | `revision`       | revision                 | Integer (string above 2^31-1)  |
 * | `streamid`       | streamId                 | String                         |
 * | `schemaversion`  | schemaVersion            | Integer                        |
 * | `recordedat`     | recordedAt               | Timestamp (RFC 3339 string)    |
 * | `actor`          | metadata.actor           | String                         |
 * | `correlationid`  | metadata.correlationId   | String                         |
 * | `causationid`    | metadata.causationId     | String, optional               |
 * | `idempotencykey` | metadata.idempotencyKey  | String, optional               |
 * | `requesthash`    | metadata.requestHash     | String, optional               |
 * | `origin`         | metadata.source          | String (api, import, …)        |
 * | `traceparent`    | metadata.traceparent     | String, optional (W3C; the CloudEvents distributed-tracing extension) |
 *
 * Context attributes: `id` = eventId, `type` = event type, `subject` = subjectId (customer id,
 * absent when the event has none), `time` = occurredAt (business time), `source` = the
 * configured service URI or `/crm/<streamId>`, `data` = `{ data, personal? }`.
 */
export interface CloudEvent {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  subject?: string;
  time: string;
  datacontenttype: 'application/json';
  data: { data: Record<string, unknown>; personal?: Record<string, unknown> };
  position: number | string;
  revision: number | string;
  streamid: string;
  schemaversion: number;
  recordedat: string;
  actor: string;
  correlationid: string;
  causationid?: string;
  idempotencykey?: string;
  requesthash?: string;
  origin: EventSource;
  traceparent?: string;
  /** Other extensions (e.g. `partitionkey` on Kafka) are allowed and ignored on decode. */
  [extension: string]: unknown;
}

/** Media type of a structured-mode CloudEvent (Kafka `content-type` header, HTTP feed). */
export const CLOUDEVENTS_JSON = 'application/cloudevents+json; charset=UTF-8';

export interface CloudEventOptions {
  /** A URI naming this service, e.g. `https://crm.example.com`; default `/crm/<streamId>`. */
  source?: string;
}

export class InvalidCloudEventError extends Error {
  constructor(reason: string) {
    super(`not a CRM CloudEvent: ${reason}`);
    this.name = 'InvalidCloudEventError';
  }
}

// CloudEvents' Integer is 32-bit signed; larger log positions travel as decimal strings.
const INT32_MAX = 2147483647;
const toCeInteger = (n: number): number | string => (n <= INT32_MAX ? n : String(n));

export function toCloudEvent(event: EventEnvelope, options: CloudEventOptions = {}): CloudEvent {
  const { metadata } = event;
  return {
    specversion: '1.0',
    id: event.eventId,
    source: options.source ?? `/crm/${encodeURIComponent(event.streamId)}`,
    type: event.type,
    ...(event.subjectId !== undefined && { subject: event.subjectId }),
    time: event.occurredAt,
    datacontenttype: 'application/json',
    data: { data: event.data, ...(event.personal !== undefined && { personal: event.personal }) },
    position: toCeInteger(event.position),
    revision: toCeInteger(event.revision),
    streamid: event.streamId,
    schemaversion: event.schemaVersion,
    recordedat: event.recordedAt,
    actor: metadata.actor,
    correlationid: metadata.correlationId,
    ...(metadata.causationId !== undefined && { causationid: metadata.causationId }),
    ...(metadata.idempotencyKey !== undefined && { idempotencykey: metadata.idempotencyKey }),
    ...(metadata.requestHash !== undefined && { requesthash: metadata.requestHash }),
    origin: metadata.source,
    ...(metadata.traceparent !== undefined && { traceparent: metadata.traceparent }),
  };
}

/** Reads back a CloudEvent written by `toCloudEvent` (object or JSON text). */
export function fromCloudEvent(input: unknown): EventEnvelope {
  const ce = parse(input);
  if (ce.specversion !== '1.0') throw new InvalidCloudEventError(`specversion ${String(ce.specversion)}`);
  const payload = ce.data;
  if (!isRecord(payload) || !isRecord(payload.data)) throw new InvalidCloudEventError('data.data is missing');
  if (payload.personal !== undefined && !isRecord(payload.personal)) {
    throw new InvalidCloudEventError('data.personal is not an object');
  }
  const metadata: EventMetadata = {
    actor: str(ce, 'actor'),
    correlationId: str(ce, 'correlationid'),
    ...(ce.causationid !== undefined && { causationId: str(ce, 'causationid') }),
    ...(ce.idempotencykey !== undefined && { idempotencyKey: str(ce, 'idempotencykey') }),
    ...(ce.requesthash !== undefined && { requestHash: str(ce, 'requesthash') }),
    source: str(ce, 'origin') as EventSource,
    ...(typeof ce.traceparent === 'string' && { traceparent: ce.traceparent }),
  };
  return {
    eventId: str(ce, 'id'),
    type: str(ce, 'type'),
    schemaVersion: int(ce, 'schemaversion'),
    data: payload.data,
    ...(payload.personal !== undefined && { personal: payload.personal }),
    ...(ce.subject !== undefined && { subjectId: str(ce, 'subject') }),
    occurredAt: str(ce, 'time'),
    metadata,
    streamId: str(ce, 'streamid'),
    revision: int(ce, 'revision'),
    position: int(ce, 'position'),
    recordedAt: str(ce, 'recordedat'),
  };
}

function parse(input: unknown): Record<string, unknown> {
  let value = input;
  if (typeof input === 'string' || Buffer.isBuffer(input)) {
    try {
      value = JSON.parse(input.toString());
    } catch {
      throw new InvalidCloudEventError('not JSON');
    }
  }
  if (!isRecord(value)) throw new InvalidCloudEventError('not an object');
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(ce: Record<string, unknown>, name: string): string {
  const value = ce[name];
  if (typeof value !== 'string') throw new InvalidCloudEventError(`${name} is not a string`);
  return value;
}

function int(ce: Record<string, unknown>, name: string): number {
  const value = ce[name];
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) throw new InvalidCloudEventError(`${name} is not an integer`);
  return n;
}
