import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EachBatchPayload, Kafka, logLevel, Message, Partitioners } from 'kafkajs';
import { PartitionProjector } from '../apps/projector/src/partition-projector';
import { allProjections } from '../apps/api/src/infrastructure/projections';
import { EventEnvelope, NewEvent } from '../libs/event-store/envelope';
import { EventStore } from '../libs/event-store/event-store.port';
import { SqliteEventStore } from '../libs/event-store/sqlite-event-store';
import { InMemoryCheckpointStore } from '../libs/messaging/checkpoints/checkpoint-store';
import { CLOUDEVENTS_JSON, toCloudEvent } from '../libs/messaging/cloudevents';
import { createKafka, messageKey } from '../libs/messaging/kafka/kafka-client';
import { KafkaEventConsumer } from '../libs/messaging/kafka/kafka-event-consumer';
import { KafkaPositionTracker } from '../libs/messaging/kafka/kafka-position-tracker';
import { KafkaRelay } from '../libs/messaging/kafka/kafka-relay';
import { partitionOf } from '../libs/messaging/kafka/partitioning';
import { createTopics, startKafkaCluster } from '../libs/testing/engines/kafka-broker';
import { waitFor } from '../libs/testing/wait-for';
import { EncryptingEventStore } from '../libs/privacy/encrypting-event-store';
import { PersonalDataSealer } from '../libs/privacy/personal-data-sealer';
import { SubjectKeyStore } from '../libs/privacy/subject-keys';
import { embeddedSubjectKeys } from '../libs/privacy/keys/testing/subject-keys-for-tests';
import { ProjectionRunner } from '../libs/read-models/runner/projection-runner';
import { SqliteDocumentStore } from '../libs/read-models/sqlite/sqlite-document-store';
import { Figure } from './figure';

/** One Apache Kafka node on loopback (scripts/test-deps/kafka.sh installs it), as in the tests. */
const PARTITIONS = 8;
const MIN_PARTITIONS = 6;
const LOAD_PER_SECOND = 200;
const LOAD_SECONDS = 10;
const meta = { actor: 'key_bench', correlationId: 'corr-bench', source: 'api' as const };

/** Customer n's k-th command: a registration, then interactions (personal fields sealed on append). */
function command(n: number, k: number, seq: number): { stream: string; event: NewEvent } {
  const customerId = `cus_${n}`;
  const base = { eventId: `e${seq}-${n}-${k}`, schemaVersion: 1, subjectId: customerId, occurredAt: new Date(Date.UTC(2024, 0, 1) + seq * 1000).toISOString(), metadata: meta };
  if (k === 0) {
    return { stream: `customer-${customerId}`, event: { ...base, type: 'crm.customer.registered', data: { customerId, kind: 'person', country: 'DE' },
      personal: { name: `Anna Schmidt ${n}`, contactPoints: [{ id: 'cp1', type: 'email', value: `anna${n}@example.com` }], addresses: [], externalRefs: [] } } };
  }
  return { stream: `interaction-i${seq}`, event: { ...base, type: 'crm.interaction.recorded',
    data: { interactionId: `i${seq}`, customerId, channel: 'email', direction: 'inbound' }, personal: { subject: 'Invoice', summary: 'Asked for a copy of the invoice.' } } };
}

/** A sealed log of `events` events over 1000 customers, 10 events each, interleaved. */
async function fillLog(store: EventStore, events: number): Promise<void> {
  const customers = Math.max(1, Math.ceil(events / 10));
  let pending: Promise<unknown>[] = [];
  for (let seq = 0; seq < events; seq++) {
    const n = (seq % Math.min(1000, customers)) + 1000 * Math.floor(seq / 10_000);
    const { stream, event } = command(n, Math.floor((seq % 10_000) / Math.min(1000, customers)), seq);
    pending.push(store.append(stream, [event], 'any'));
    if (pending.length >= 2000) [pending] = [[], await Promise.all(pending)];
  }
  await Promise.all(pending);
}

const toMessage = (e: EventEnvelope): Message => ({
  key: messageKey(e), value: JSON.stringify({ ...toCloudEvent(e), partitionkey: messageKey(e) }), headers: { 'content-type': CLOUDEVENTS_JSON },
});

/** Relay → Kafka → projector (every projection, sealed fields opened), and lag under steady load. */
export async function benchKafkaPipeline(events: number): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'crm-bench-pipeline-'));
  const raw = new SqliteEventStore(join(dir, 'events.db'));
  const documents = new SqliteDocumentStore(join(dir, 'read-models.db'));
  const keys = embeddedSubjectKeys(dir);
  await fillLog(new EncryptingEventStore(raw, keys), events);
  const log = await raw.readAll({ after: 0, limit: events });
  const messages = log.map(toMessage);
  const partitions = PARTITIONS;
  const broker = await startKafkaCluster({ nodes: 1, heapMb: 512 });
  await createTopics(broker.brokers, { 'bench.raw': partitions, 'bench.pipeline': partitions, 'bench.load': MIN_PARTITIONS });
  const kafka = createKafka({ brokers: broker.brokers, logLevel: logLevel.NOTHING });
  try {
    const rawRate = await rawProduceConsume(kafka, messages);
    const pipelineRate = await pipeline(kafka, raw, documents, keys, log, partitions);
    const embeddedRate = await embedded(raw, keys, join(dir, 'embedded.db'));
    const lag = await lagUnderLoad(kafka, dir);
    return [
      {
        name: `kafka pipeline: SQLite log → relay → Kafka → projector (5 projections, sealed fields opened), until all applied (${events} events, ${partitions} partitions)`,
        value: Math.round(pipelineRate), unit: 'events/s',
        baseline: { name: 'kafkajs producer.send (batches of 1000, acks=-1) + eachBatch consumer of the same messages, until all consumed', value: Math.round(rawRate) },
        target: '>= 0.5x baseline',
      },
      {
        name: `kafka pipeline beside the embedded runner: the same projections from the same sealed log, no Kafka (${events} events)`,
        value: Math.round(pipelineRate), unit: 'events/s',
        baseline: { name: 'ProjectionRunner catch-up into a fresh SQLite file (the read-model write ceiling)', value: Math.round(embeddedRate) },
      },
      ...(['p50', 'p95', 'p99'] as const).map((q) => ({
        name: `kafka read-your-writes lag ${q}: append acknowledged → its partition's checkpoint reached, ${LOAD_PER_SECOND} commands/s for ${LOAD_SECONDS} s (relay polls the SQLite log every 250 ms)`,
        value: Math.round(lag[q]), unit: 'ms',
      })),
    ];
  } finally {
    await Promise.all([raw.close(), documents.close(), keys.close()]);
    await broker.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

async function rawProduceConsume(kafka: Kafka, messages: Message[]): Promise<number> {
  let consumed = 0;
  const consumer = kafka.consumer({ groupId: 'bench-raw', maxWaitTimeInMs: 100 });
  let joined = false;
  consumer.on(consumer.events.GROUP_JOIN, () => (joined = true));
  await consumer.connect();
  await consumer.subscribe({ topic: 'bench.raw', fromBeginning: true });
  await consumer.run({ eachBatch: async ({ batch }: EachBatchPayload) => void (consumed += batch.messages.length) });
  await waitFor(() => joined, 60_000, 'the raw consumer to join');
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, idempotent: false });
  await producer.connect();
  const start = performance.now();
  for (let i = 0; i < messages.length; i += 1000) await producer.send({ topic: 'bench.raw', acks: -1, messages: messages.slice(i, i + 1000) });
  await waitFor(() => consumed >= messages.length, 600_000, 'every raw message consumed');
  const rate = messages.length / ((performance.now() - start) / 1000);
  await Promise.all([producer.disconnect(), consumer.disconnect()]);
  return rate;
}

/** Timed from the relay's start, with the projector already in its group (the group join left out, as for the baseline). */
async function pipeline(kafka: Kafka, raw: EventStore, documents: SqliteDocumentStore, keys: SubjectKeyStore, log: EventEnvelope[], partitions: number): Promise<number> {
  const projector = new PartitionProjector({ store: documents, sealer: new PersonalDataSealer(keys), projections: allProjections, openLog: () => raw });
  await projector.start();
  const consumer = await KafkaEventConsumer.start({ kafka, topic: 'bench.pipeline', groupId: 'bench-pipeline', maxWaitTimeInMs: 100, handler: (e, s) => projector.apply(e, s) });
  await waitFor(() => consumer.assignment().length === partitions, 60_000, 'the projector to join');
  const last = new Map<number, number>();
  for (const event of log) last.set(partitionOf(messageKey(event), partitions), event.position);
  const start = performance.now();
  const relay = await KafkaRelay.start({ store: raw, checkpoints: new InMemoryCheckpointStore(), kafka, topic: 'bench.pipeline' });
  await waitFor(() => [...last].every(([p, position]) => (projector.stats.positions.get(p) ?? 0) >= position), 600_000, 'every event projected');
  const rate = log.length / ((performance.now() - start) / 1000);
  await Promise.all([relay.stop(), consumer.stop()]);
  return rate;
}

/** The read-model side alone: the embedded runner over the same log, same projections, same key store. */
async function embedded(raw: EventStore, keys: SubjectKeyStore, file: string): Promise<number> {
  const fresh = new SqliteDocumentStore(file);
  const runner = new ProjectionRunner({ eventStore: new EncryptingEventStore(raw, keys), store: fresh, projections: allProjections, registryPollMs: 0 });
  const head = await raw.headPosition();
  const start = performance.now();
  await runner.start();
  if (!(await runner.waitForPosition(head, 600_000))) throw new Error('the embedded runner did not catch up');
  const rate = head / ((performance.now() - start) / 1000);
  await runner.stop();
  await fresh.close();
  return rate;
}

/** Steady appends through the sealing store; each one's read-your-writes wait measured by the API's tracker. */
async function lagUnderLoad(kafka: Kafka, dir: string): Promise<{ p50: number; p95: number; p99: number }> {
  const writer = new SqliteEventStore(join(dir, 'load-events.db'));
  // A second connection, as the relay is its own process: it polls instead of being woken by this one's commits.
  const relayLog = new SqliteEventStore(join(dir, 'load-events.db'));
  const documents = new SqliteDocumentStore(join(dir, 'load-read-models.db'));
  const keys = embeddedSubjectKeys(dir, 'load-subject-keys.db');
  const sealed = new EncryptingEventStore(writer, keys);
  const projector = new PartitionProjector({ store: documents, sealer: new PersonalDataSealer(keys), projections: allProjections, openLog: () => writer });
  await projector.start();
  const consumer = await KafkaEventConsumer.start({ kafka, topic: 'bench.load', groupId: 'bench-load', maxWaitTimeInMs: 100, handler: (e, s) => projector.apply(e, s) });
  await waitFor(() => consumer.assignment().length === MIN_PARTITIONS, 60_000, 'the load projector to join');
  const relay = await KafkaRelay.start({ store: relayLog, checkpoints: new InMemoryCheckpointStore(), kafka, topic: 'bench.load' });
  const tracker = new KafkaPositionTracker({ kafka, topic: 'bench.load', log: writer, store: documents, pollMs: 5 });
  const lags: Promise<number>[] = [];
  const start = performance.now();
  for (let i = 0; i < LOAD_PER_SECOND * LOAD_SECONDS; i++) {
    // Paced against the clock, so a slow append does not lower the offered load.
    const due = start + (i * 1000) / LOAD_PER_SECOND;
    if (due > performance.now()) await new Promise((resolve) => setTimeout(resolve, due - performance.now()));
    const { stream, event } = command(i % 100, i < 100 ? 0 : 1, 1_000_000 + i);
    lags.push(sealed.append(stream, [event], 'any').then(async ({ position }) => {
      const acknowledged = performance.now();
      if (!(await tracker.waitForPosition(position, 30_000))) throw new Error(`position ${position} not applied within 30 s`);
      return performance.now() - acknowledged;
    }));
  }
  const sorted = (await Promise.all(lags)).sort((a, b) => a - b);
  await Promise.all([relay.stop(), consumer.stop(), tracker.close()]);
  await Promise.all([relayLog.close(), writer.close(), documents.close(), keys.close()]);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

if (require.main === module) {
  void benchKafkaPipeline(Number(process.argv[2] ?? 100_000)).then((figures) => console.log(JSON.stringify(figures, null, 2)));
}
