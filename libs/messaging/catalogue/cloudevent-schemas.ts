import { JsonSchema } from './event-schemas';

/** Schemas of what every channel carries around an event's own `data`: the CloudEvent of libs/messaging/cloudevents.ts. */
const integerOrString = (description: string): JsonSchema => ({
  description: `${description} CloudEvents Integer (32-bit); a decimal string above 2147483647.`,
  anyOf: [{ type: 'integer', minimum: 0 }, { type: 'string', pattern: '^[0-9]+$' }],
});

export const CLOUD_EVENT_SCHEMA: JsonSchema = {
  type: 'object',
  description: 'A CRM event as CloudEvents 1.0 structured JSON. Extension attributes carry the rest of the envelope (docs/events.md, *The envelope*).',
  required: ['specversion', 'id', 'source', 'type', 'time', 'datacontenttype', 'data', 'position', 'revision', 'streamid', 'schemaversion', 'recordedat', 'actor', 'correlationid', 'origin'],
  properties: {
    specversion: { type: 'string', const: '1.0' },
    id: { type: 'string', description: 'The event id (UUID); consumers deduplicate on it.' },
    source: { type: 'string', description: 'The configured service URI, else `/crm/<streamId>`.' },
    type: { type: 'string', description: 'Stable, versioned event type, `crm.<aggregate>.<fact>`.' },
    subject: { type: 'string', description: 'The data subject (customer or lead id); absent when the event has none.' },
    time: { type: 'string', format: 'date-time', description: 'Business time: when the fact happened (occurredAt).' },
    datacontenttype: { type: 'string', const: 'application/json' },
    data: { type: 'object', required: ['data'], properties: { data: { type: 'object' }, personal: { $ref: '#/components/schemas/SealedPersonal' } } },
    position: integerOrString('Global log position, strictly increasing from 1; the SSE `id`.'),
    revision: integerOrString('0-based position of the event within its stream.'),
    streamid: { type: 'string' },
    schemaversion: { type: 'integer', minimum: 1 },
    recordedat: { type: 'string', format: 'date-time', description: 'System time: when the store recorded the event.' },
    actor: { type: 'string', description: 'The principal that caused the event (`key:<id>`, `jwt:<sub>`, `system:…`, `automation:<ruleId>`).' },
    correlationid: { type: 'string', description: 'Ties together everything one request caused.' },
    causationid: { type: 'string' },
    idempotencykey: { type: 'string' },
    requesthash: { type: 'string' },
    origin: { type: 'string', enum: ['api', 'import', 'automation', 'cli', 'system'], description: 'metadata.source: where the command came from.' },
    traceparent: { type: 'string', pattern: '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$', description: 'W3C trace context of the command that wrote the event (CloudEvents distributed-tracing extension); absent when the writer was not traced.' },
    partitionkey: { type: 'string', description: 'Kafka only: the CloudEvents partitioning extension, equal to the message key.' },
  },
};

/** How `personal` leaves the API: AES-256-GCM under the subject's own key (libs/privacy/personal-cipher.ts). */
export const SEALED_PERSONAL_SCHEMA: JsonSchema = {
  type: 'object',
  description: "The event's personal fields, sealed with the data subject's key (AES-256-GCM, the event id bound in as associated data). Only processes holding the key store open it; after erasure nobody can. Absent when the event has none.",
  required: ['$sealed'],
  properties: {
    $sealed: {
      type: 'object',
      required: ['v', 'iv', 'tag', 'ct'],
      properties: { v: { type: 'integer', const: 1 }, iv: { type: 'string', contentEncoding: 'base64' }, tag: { type: 'string', contentEncoding: 'base64' }, ct: { type: 'string', contentEncoding: 'base64' } },
    },
  },
};
