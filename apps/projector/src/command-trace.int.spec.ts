import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { logLevel } from 'kafkajs';
import { join } from 'node:path';
import { toCloudEvent } from '../../../libs/messaging/cloudevents';
import { SqliteCheckpointStore } from '../../../libs/messaging/checkpoints/sqlite-checkpoint-store';
import { createKafka } from '../../../libs/messaging/kafka/kafka-client';
import { KafkaEventConsumer } from '../../../libs/messaging/kafka/kafka-event-consumer';
import { KafkaRelay } from '../../../libs/messaging/kafka/kafka-relay';
import { waitFor } from '../../../libs/messaging/testing';
import { installTracing } from '../../../libs/observability/tracing-setup';
import { PersonalDataSealer } from '../../../libs/privacy/personal-data-sealer';
import { SqliteDocumentStore } from '../../../libs/read-models/sqlite/sqlite-document-store';
import { createTopics } from '../../../libs/testing/engines/kafka-broker';
import { describeWithKafka, testKafkaBrokers } from '../../../libs/testing/engines/test-kafka';
import { allProjections } from '../../api/src/infrastructure/projections';
import { startTestApp, TestApp } from '../../api/src/testing/test-app';
import { PartitionProjector } from './partition-projector';

const exporter = new InMemorySpanExporter();
const stopTracing = installTracing('crm-test', [new SimpleSpanProcessor(exporter)]);

const TOPIC = `crm.trace.${process.pid}`;
const named = (name: string) => exporter.getFinishedSpans().filter((span) => span.name === name);
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

/**
 * One command followed through the API, the relay and a projector, all in this process but
 * joined only the way separate processes are: the event log and Kafka (the run's broker).
 */
describeWithKafka('a command traced from HTTP through the append, the relay and the projector', () => {
  let t: TestApp;
  let relay: KafkaRelay;
  let consumer: KafkaEventConsumer;
  let projector: PartitionProjector;
  let readModels: SqliteDocumentStore;
  let checkpoints: SqliteCheckpointStore;

  beforeAll(async () => {
    await createTopics(testKafkaBrokers, { [TOPIC]: 1 });
    t = await startTestApp();
    const kafka = createKafka({ brokers: testKafkaBrokers, logLevel: logLevel.NOTHING });
    checkpoints = new SqliteCheckpointStore(join(t.dataDir, 'relay-checkpoints.db'));
    relay = await KafkaRelay.start({ store: t.infrastructure.rawEventStore, checkpoints, kafka, topic: TOPIC });
    readModels = new SqliteDocumentStore(join(t.dataDir, 'projector-read-models.db'));
    projector = new PartitionProjector({
      store: readModels, sealer: new PersonalDataSealer(t.infrastructure.subjectKeys), projections: allProjections, openLog: () => t.infrastructure.rawEventStore,
    });
    await projector.start();
    consumer = await KafkaEventConsumer.start({ kafka, groupId: `trace-${process.pid}`, topic: TOPIC, maxWaitTimeInMs: 100, handler: (events, source) => projector.apply(events, source) });
  });

  afterAll(async () => {
    await consumer?.stop();
    await relay?.stop();
    checkpoints?.close();
    await readModels?.close();
    await t?.close();
    await stopTracing();
  });

  it('joins POST → command → append → relay publish in one trace, and the projector links to the publish', async () => {
    const created = await t.http().post('/v1/customers').set(t.auth).send({ kind: 'person', name: 'Grace Hopper', country: 'US' }).expect(201);
    const request = named('POST /v1/customers');
    expect(request).toHaveLength(1);
    const [http] = request;
    expect(http.kind).toBe(SpanKind.SERVER);
    expect(http.attributes['http.response.status_code']).toBe(201);

    const command = named('command RegisterCustomer').find((span) => parentOf(span) === http.spanContext().spanId);
    expect(command?.spanContext().traceId).toBe(http.spanContext().traceId);
    const append = named('event-store append').find((span) => parentOf(span) === command!.spanContext().spanId);
    expect(append?.attributes['crm.group_commit.size']).toBeGreaterThanOrEqual(1);

    // The event keeps the command's trace context; it travels as the CloudEvent `traceparent` extension.
    const [stored] = await t.infrastructure.rawEventStore.readAll({ after: created.body.position - 1, limit: 1 });
    expect(stored?.metadata.traceparent).toBe(`00-${command!.spanContext().traceId}-${command!.spanContext().spanId}-01`);
    expect(toCloudEvent(stored!).traceparent).toBe(stored?.metadata.traceparent);

    await waitFor(() => named('relay publish').some((span) => span.attributes['crm.position'] === created.body.position), 30_000, 'the relay to publish the event');
    const publish = named('relay publish').find((span) => span.attributes['crm.position'] === created.body.position)!;
    expect(publish.kind).toBe(SpanKind.PRODUCER);
    expect(publish.spanContext().traceId).toBe(http.spanContext().traceId);
    expect(parentOf(publish)).toBe(command!.spanContext().spanId);

    const linked = () => named('projector apply').find((span) => span.links.some((link) => link.context.spanId === publish.spanContext().spanId));
    await waitFor(() => linked() !== undefined, 30_000, 'the projector to apply the event');
    const apply = linked()!;
    expect(apply.kind).toBe(SpanKind.CONSUMER);
    expect(apply.links.find((link) => link.context.spanId === publish.spanContext().spanId)?.context.traceId).toBe(http.spanContext().traceId);

    const chain = [http, command!, append!, publish, apply].map((span) => span.name);
    process.stdout.write(`trace ${http.spanContext().traceId}: ${chain.join(' → ')}\n`);
    expect(chain).toEqual(['POST /v1/customers', 'command RegisterCustomer', 'event-store append', 'relay publish', 'projector apply']);
  });
});
