import { AsyncAPIDocumentInterface, Parser } from '@asyncapi/parser';
import { EVENT_CATALOGUE } from './event-catalogue';
import { asyncApiDocument } from './asyncapi-document';

const INFORMATION = 2;

describe('the AsyncAPI document', () => {
  const document = asyncApiDocument({ kafkaTopic: 'crm.events' });
  const problems = (diagnostics: { severity: number; path: (string | number)[]; message: string }[]) =>
    diagnostics.filter((d) => d.severity < INFORMATION).map((d) => `${d.path.join('.')}: ${d.message}`);
  let parsed: AsyncAPIDocumentInterface | undefined;
  let diagnostics: Parameters<typeof problems>[0] = [];
  beforeAll(async () => ({ document: parsed, diagnostics } = await new Parser().parse(JSON.stringify(document))));

  it('is valid AsyncAPI 3.0: @asyncapi/parser reports no error and no warning', () => {
    expect(problems(diagnostics)).toEqual([]);
    expect(parsed?.version()).toBe('3.0.0');
    expect(parsed?.channels().all().map((channel) => channel.id()).sort()).toEqual(['automationWebhook', 'eventStream', 'kafkaTopic', 'webhookSubscription']);
  });

  it('would be refused by the parser if an operation named a message its channel lacks', async () => {
    const broken = structuredClone(document) as { channels: Record<string, { messages: Record<string, unknown> }> };
    delete broken.channels.eventStream.messages['crm.case.opened'];
    expect(problems((await new Parser().parse(JSON.stringify(broken))).diagnostics).length).toBeGreaterThan(0);
  });

  it('offers every catalogued event type on the Kafka topic, the SSE stream, subscriptions and webhooks', () => {
    const types = EVENT_CATALOGUE.map((entry) => entry.type).sort();
    for (const id of ['publishToKafka', 'streamEvents', 'deliverSubscription', 'notifyWebhook']) {
      expect(parsed!.operations().get(id)!.messages().all().map((m) => m.name()).sort()).toEqual(types);
    }
  });

  it('keys Kafka messages by subject and sends them in structured mode, as the relay does', () => {
    const message = parsed!.channels().get('kafkaTopic')!.messages().get('crm.customer.registered')!;
    expect(message.contentType()).toBe('application/cloudevents+json; charset=UTF-8');
    expect(message.bindings().get('kafka')?.value()).toMatchObject({ key: { type: 'string' } });
    expect(message.headers()?.json()).toMatchObject({ required: ['content-type'] });
    expect(parsed!.channels().get('kafkaTopic')!.address()).toBe('{topic}');
  });

  it('describes webhook deliveries with the headers the automation runner and the subscriptions send', () => {
    const traits = (document.components as { messageTraits: Record<string, { headers?: { properties: object; required: string[] } }> }).messageTraits;
    expect(Object.keys(traits.webhook.headers!.properties)).toEqual(['content-type', 'idempotency-key', 'webhook-id', 'webhook-timestamp', 'webhook-signature']);
    expect(traits.subscription.headers!.required).toEqual(['content-type', 'webhook-id', 'webhook-timestamp', 'webhook-signature']);
  });

  it('names the personal fields of each message and seals them in the payload', () => {
    const channels = document.channels as Record<string, { messages: Record<string, { 'x-personal-fields': string[] }> }>;
    expect(channels.kafkaTopic.messages['crm.lead.captured']['x-personal-fields']).toEqual(['name', 'email', 'phone', 'company']);
    const schemas = (document.components as { schemas: Record<string, { properties?: Record<string, { properties?: object }> }> }).schemas;
    expect(schemas.CloudEvent.properties!.data.properties).toMatchObject({ personal: { $ref: '#/components/schemas/SealedPersonal' } });
  });
});
