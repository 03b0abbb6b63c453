import { CLOUDEVENTS_JSON } from '../cloudevents';
import { CLOUD_EVENT_SCHEMA, SEALED_PERSONAL_SCHEMA } from './cloudevent-schemas';
import { CatalogueEntry, EVENT_CATALOGUE } from './event-catalogue';
import { JsonSchema } from './event-schemas';

type Doc = Record<string, unknown>;

export interface AsyncApiOptions {
  /** The Kafka topic the relay writes (`KAFKA_TOPIC`). */
  kafkaTopic?: string;
}

const CHANNELS = { kafka: 'kafkaTopic', sse: 'eventStream', webhook: 'automationWebhook', subscription: 'webhookSubscription' } as const;
type Transport = keyof typeof CHANNELS;

const ref = (path: string): Doc => ({ $ref: `#/${path}` });
// JSON Pointer escaping is needed for no catalogue name; component keys allow dots.
const schemaRef = (name: string) => ref(`components/schemas/${name}`);

function eventPayload(entry: CatalogueEntry): JsonSchema {
  return {
    allOf: [
      schemaRef('CloudEvent'),
      { type: 'object', properties: { type: { const: entry.type }, data: { type: 'object', properties: { data: schemaRef(`${entry.type}.data`) } } } },
    ],
  };
}

function personalNote(entry: CatalogueEntry): string {
  return entry.personalFields.length
    ? `Personal fields (\`data.personal\`, sealed): ${entry.personalFields.map((f) => `\`${f}\``).join(', ')}; their plain shape is the schema \`${entry.type}.personal\`.`
    : 'No personal fields.';
}

function message(entry: CatalogueEntry, transport: Transport): Doc {
  return {
    name: entry.type,
    title: entry.type,
    summary: entry.summary,
    description: `Stream \`${entry.stream}\`; subject: ${entry.subject}. ${personalNote(entry)}${entry.notes ? `\n\n${entry.notes}` : ''}`,
    contentType: transport === 'kafka' ? CLOUDEVENTS_JSON : 'application/cloudevents+json',
    payload: schemaRef(entry.type),
    traits: [ref(`components/messageTraits/${transport}`)],
    'x-personal-fields': entry.personalFields,
  };
}

const messagesFor = (transport: Transport): Doc => Object.fromEntries(EVENT_CATALOGUE.map((entry) => [entry.type, message(entry, transport)]));
const operationMessages = (transport: Transport): Doc[] => EVENT_CATALOGUE.map((entry) => ref(`channels/${CHANNELS[transport]}/messages/${entry.type}`));

/** Standard Webhooks (standardwebhooks.com): verify with any of its libraries, e.g. `new Webhook(secret).verify(body, headers)`. */
const STANDARD_WEBHOOK_HEADERS = {
  'webhook-id': { type: 'string', description: 'The message id: the same on every attempt and redelivery of one message (a replay gets a new one); receivers drop ids they have seen.' },
  'webhook-timestamp': { type: 'string', pattern: '^\\d+$', description: 'Seconds since the epoch of this attempt; refuse values far from your clock.' },
  'webhook-signature': { type: 'string', pattern: '^v1,[A-Za-z0-9+/=]+( v1,[A-Za-z0-9+/=]+)*$', description: 'Space-separated `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">`: one per secret in force (two during a rotation overlap); accept when one verifies.' },
};

const MESSAGE_TRAITS: Doc = {
  kafka: {
    headers: { type: 'object', required: ['content-type'], properties: { 'content-type': { type: 'string', const: CLOUDEVENTS_JSON } } },
    bindings: {
      kafka: {
        key: { type: 'string', description: "The event's subject (customer or lead id), else its stream id: every event about one customer lands on one partition, in log order." },
        bindingVersion: '0.5.0',
      },
    },
  },
  sse: {
    description: 'One server-sent event per CRM event: `id:` the log position (send it back as `Last-Event-ID` to resume after it), `event:` the event type, `data:` the CloudEvent as one line of JSON. Comment lines (`: keep-alive`) arrive every 15 s.',
  },
  webhook: {
    headers: {
      type: 'object',
      required: ['content-type', 'idempotency-key', 'webhook-id', 'webhook-timestamp'],
      properties: {
        'content-type': { type: 'string', const: 'application/cloudevents+json' },
        'idempotency-key': { type: 'string', description: 'The automation run id (derived from rule and triggering event): the same on every attempt and redelivery, so a receiver drops what it has seen.' },
        ...STANDARD_WEBHOOK_HEADERS,
        'webhook-signature': { ...STANDARD_WEBHOOK_HEADERS['webhook-signature'], description: 'Present when CRM_WEBHOOK_AUTOMATION_SECRET is set: `v1,<base64 HMAC-SHA256>` with that secret.' },
      },
    },
    bindings: { http: { headers: { type: 'object', properties: { 'idempotency-key': { type: 'string' } } }, bindingVersion: '0.3.0' } },
  },
  subscription: {
    headers: {
      type: 'object',
      required: ['content-type', 'webhook-id', 'webhook-timestamp', 'webhook-signature'],
      properties: { 'content-type': { type: 'string', const: 'application/cloudevents+json' }, ...STANDARD_WEBHOOK_HEADERS },
    },
    bindings: { http: { headers: { type: 'object', properties: { 'webhook-id': { type: 'string' }, 'webhook-timestamp': { type: 'string' }, 'webhook-signature': { type: 'string' } } }, bindingVersion: '0.3.0' } },
  },
};

const FEED_QUERY: JsonSchema = {
  type: 'object',
  properties: {
    after: { type: 'integer', minimum: 0, description: 'Start after this log position (`Last-Event-ID` wins when both are given).' },
    type: { type: 'string', description: 'Comma-separated event types to receive; all when absent.' },
  },
};

/** The AsyncAPI 3.0 description of every channel that carries CRM events to downstream systems. */
export function asyncApiDocument(options: AsyncApiOptions = {}): Doc {
  const schemas: Doc = { CloudEvent: CLOUD_EVENT_SCHEMA, SealedPersonal: SEALED_PERSONAL_SCHEMA };
  for (const entry of EVENT_CATALOGUE) {
    schemas[entry.type] = eventPayload(entry);
    schemas[`${entry.type}.data`] = entry.data;
    if (entry.personal) schemas[`${entry.type}.personal`] = { description: `${entry.type}: the personal fields once opened with the subject's key.`, ...entry.personal };
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'CRM events',
      version: '1',
      description: 'Every fact the CRM records, as CloudEvents 1.0 structured JSON, on the Kafka topic, the server-sent event stream, webhook subscriptions and automation webhooks. One catalogue (libs/messaging/catalogue) produces this document and docs/events.md. Personal fields never travel in plain text: sealed per data subject on Kafka, SSE and webhook subscriptions, left out of automation webhooks. Consumers deduplicate on `id` and ignore fields they do not know.',
    },
    defaultContentType: 'application/cloudevents+json',
    servers: {
      kafka: { host: '{brokers}', protocol: 'kafka', description: 'The brokers of `KAFKA_BROKERS` (distributed deployment, `FANOUT=kafka`).', variables: { brokers: { default: 'localhost:9092' } } },
      api: { host: '{host}', protocol: 'http', description: 'The CRM API.', variables: { host: { default: 'localhost:3000' } }, security: [ref('components/securitySchemes/apiKey')] },
      subscriptionReceiver: { host: '{receiver}', protocol: 'https', description: 'The receiver named by the `url` of a webhook subscription.', variables: { receiver: { default: 'receiver.example.com' } } },
      webhookReceiver: { host: '{receiver}', protocol: 'https', description: 'The receiver named by the `url` of a `notify-webhook` automation rule.', variables: { receiver: { default: 'receiver.example.com' } } },
    },
    channels: {
      [CHANNELS.kafka]: {
        address: '{topic}',
        title: 'Kafka topic',
        description: 'The relay (`apps/relay`) copies the log to the topic in log order, at least once (a crash re-sends at most the last unacknowledged batch; duplicates carry the same `id`). Structured mode: the value is the whole CloudEvent, with `partitionkey` = the key.',
        parameters: { topic: { default: options.kafkaTopic ?? 'crm.events', description: 'The topic of `KAFKA_TOPIC`.' } },
        servers: [ref('servers/kafka')],
        messages: messagesFor('kafka'),
      },
      [CHANNELS.sse]: {
        address: '/v1/events/stream',
        title: 'Server-sent event stream',
        description: 'GET with `Accept: text/event-stream` and an API key with `events.read`; the log from `Last-Event-ID` (or `?after=`), then live. A partner key receives only events about customers of its subtree. The same CloudEvents page by page: `GET /v1/events` (OpenAPI at /docs).',
        servers: [ref('servers/api')],
        messages: messagesFor('sse'),
      },
      [CHANNELS.webhook]: {
        address: null,
        title: 'Automation webhook',
        description: 'A `notify-webhook` automation rule POSTs the triggering event to its `url`, personal fields left out, through the subscriptions\' sender: Standard Webhooks headers (`webhook-id` = the run id; signed when CRM_WEBHOOK_AUTOMATION_SECRET is set), up to 4 attempts (exponential backoff with jitter, 5 s timeout each; retried on 5xx, 408, 429 and network errors); a run whose attempts all failed is recorded as `crm.automation.action-executed` with outcome `failed`.',
        servers: [ref('servers/webhookReceiver')],
        messages: messagesFor('webhook'),
      },
      [CHANNELS.subscription]: {
        address: null,
        title: 'Webhook subscription',
        description: 'POST /v1/subscriptions subscribes a URL; the worker POSTs each event after `fromPosition` (of `types`, else every type) as the feed\'s CloudEvent (personal fields sealed), signed per Standard Webhooks with the subscription\'s secret. At least once, in log order per subscription; retried with exponential backoff and jitter (CRM_WEBHOOK_ATTEMPTS, default 8, on 5xx, 408, 429, timeouts and network errors), then parked as a dead letter (GET /v1/subscriptions/{id}/dead-letters) and the next event follows. Details: docs/webhooks.md.',
        servers: [ref('servers/subscriptionReceiver')],
        messages: messagesFor('subscription'),
      },
    },
    operations: {
      publishToKafka: { action: 'send', title: 'Relay the log to Kafka', channel: ref(`channels/${CHANNELS.kafka}`), messages: operationMessages('kafka') },
      streamEvents: {
        action: 'send', title: 'Stream the log as server-sent events', channel: ref(`channels/${CHANNELS.sse}`), messages: operationMessages('sse'),
        bindings: { http: { method: 'GET', query: FEED_QUERY, bindingVersion: '0.3.0' } },
      },
      deliverSubscription: {
        action: 'send', title: 'POST each event to a subscription', channel: ref(`channels/${CHANNELS.subscription}`), messages: operationMessages('subscription'),
        bindings: { http: { method: 'POST', bindingVersion: '0.3.0' } },
      },
      notifyWebhook: {
        action: 'send', title: 'POST the triggering event to a rule’s webhook', channel: ref(`channels/${CHANNELS.webhook}`), messages: operationMessages('webhook'),
        bindings: { http: { method: 'POST', bindingVersion: '0.3.0' } },
      },
    },
    components: {
      schemas,
      messageTraits: MESSAGE_TRAITS,
      securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'An API key (`crm_<keyId>_<secret>`) or an accepted JWT.' } },
    },
  };
}
