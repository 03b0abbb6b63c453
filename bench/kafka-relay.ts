import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EachBatchPayload, Kafka, logLevel, Message, Partitioners } from 'kafkajs';
import { SqliteEventStore } from '../libs/event-store/sqlite-event-store';
import { CLOUDEVENTS_JSON, toCloudEvent } from '../libs/messaging/cloudevents';
import { SqliteCheckpointStore } from '../libs/messaging/checkpoints/sqlite-checkpoint-store';
import { createKafka, messageKey } from '../libs/messaging/kafka/kafka-client';
import { KafkaEventConsumer } from '../libs/messaging/kafka/kafka-event-consumer';
import { KafkaRelay } from '../libs/messaging/kafka/kafka-relay';
import { createTopics, startKafkaCluster } from '../libs/testing/engines/kafka-broker';
import { sampleEvent } from '../libs/messaging/testing/sample-events';
import { Figure } from './figure';

/** One Apache Kafka node on loopback (scripts/test-deps/kafka.sh installs it), as in the tests. */
const PARTITIONS = 8;
/** The SQLite store's default subscription batch; the raw baseline sends batches of the same size. */
const BATCH = 1000;
const CUSTOMERS = 1000;

/**
 * Relay (SQLite log → Kafka, checkpointed) and consumer (Kafka → decoded envelopes, commit per
 * batch) throughput, each beside plain kafkajs moving the same messages in the same run, against
 * Apache Kafka on loopback (a single KRaft node, as the tests run).
 */
export async function benchRelay(events: number): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'crm-bench-kafka-'));
  const store = new SqliteEventStore(join(dir, 'events.db'));
  await fillLog(store, events);
  const log = await store.readAll({ after: 0, limit: events });
  const messages = log.map((e): Message => ({
    key: messageKey(e),
    value: JSON.stringify({ ...toCloudEvent(e), partitionkey: messageKey(e) }),
    headers: { 'content-type': CLOUDEVENTS_JSON },
  }));
  const partitions = PARTITIONS;
  const broker = await startKafkaCluster({ nodes: 1, heapMb: 512 });
  await createTopics(broker.brokers, { 'bench.raw': partitions, 'bench.relay': partitions });
  const kafka = createKafka({ brokers: broker.brokers, logLevel: logLevel.NOTHING });
  try {

    const rawProduce = await produceRaw(kafka, messages);
    const relay = await relayAll(kafka, store, join(dir, 'checkpoints.db'), events);
    const rawConsume = await consumeRaw(kafka, events);
    const consume = await consumeEnvelopes(kafka, events);
    return [
      {
        name: `kafka relay: SQLite log → Kafka, acks=-1, checkpointed (${events} events, ${partitions} partitions)`,
        value: Math.round(relay),
        unit: 'events/s',
        baseline: { name: `kafkajs producer.send of the same messages in batches of ${BATCH}`, value: Math.round(rawProduce) },
        target: '>= 0.6x baseline',
      },
      {
        name: `kafka consumer: decode CloudEvents, hand over per partition, commit (${events} events)`,
        value: Math.round(consume),
        unit: 'events/s',
        baseline: { name: 'kafkajs eachBatch reading the same messages, no decode, autocommit', value: Math.round(rawConsume) },
        target: '>= 0.6x baseline',
      },
    ];
  } finally {
    await store.close();
    await broker.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

async function fillLog(store: SqliteEventStore, events: number): Promise<void> {
  // One round = one event for each of up to CUSTOMERS customers, appended concurrently (group commit).
  for (let done = 0, n = 0; done < events; n++) {
    const round = Math.min(CUSTOMERS, events - done);
    await Promise.all(
      Array.from({ length: round }, (_, c) => store.append(`customer-cus_${c}`, [sampleEvent(`cus_${c}`, n)], 'any')),
    );
    done += round;
  }
}

async function produceRaw(kafka: Kafka, messages: Message[]): Promise<number> {
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, idempotent: false });
  await producer.connect();
  const start = performance.now();
  for (let i = 0; i < messages.length; i += BATCH) {
    await producer.send({ topic: 'bench.raw', acks: -1, messages: messages.slice(i, i + BATCH) });
  }
  const rate = messages.length / ((performance.now() - start) / 1000);
  await producer.disconnect();
  return rate;
}

async function relayAll(kafka: Kafka, store: SqliteEventStore, checkpointFile: string, events: number): Promise<number> {
  const checkpoints = new SqliteCheckpointStore(checkpointFile);
  const start = performance.now();
  const relay = await KafkaRelay.start({ store, checkpoints, kafka, topic: 'bench.relay' });
  await until(() => relay.position() >= events || relay.error() !== undefined);
  const rate = events / ((performance.now() - start) / 1000);
  await relay.stop();
  checkpoints.close();
  if (relay.error()) throw relay.error();
  return rate;
}

/** Timed from the first batch, so the group join is left out. */
class Clock {
  private first = 0;
  count = 0;
  tick(n: number): void {
    if (this.count === 0) this.first = performance.now();
    this.count += n;
  }
  rate(): number {
    return this.count / ((performance.now() - this.first) / 1000);
  }
}

async function consumeRaw(kafka: Kafka, events: number): Promise<number> {
  const consumer = kafka.consumer({ groupId: 'bench-raw', maxWaitTimeInMs: 200 });
  const clock = new Clock();
  await consumer.connect();
  await consumer.subscribe({ topic: 'bench.raw', fromBeginning: true });
  await consumer.run({ eachBatch: async ({ batch }: EachBatchPayload) => clock.tick(batch.messages.length) });
  await until(() => clock.count >= events);
  const rate = clock.rate();
  await consumer.disconnect();
  return rate;
}

async function consumeEnvelopes(kafka: Kafka, events: number): Promise<number> {
  const clock = new Clock();
  const consumer = await KafkaEventConsumer.start({
    kafka,
    topic: 'bench.relay',
    groupId: 'bench-envelopes',
    maxWaitTimeInMs: 200,
    handler: async (batch) => clock.tick(batch.length),
  });
  await until(() => clock.count >= events);
  const rate = clock.rate();
  await consumer.stop();
  return rate;
}

async function until(condition: () => boolean, timeoutMs = 300_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`kafka bench: no progress within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

if (require.main === module) {
  void benchRelay(Number(process.argv[2] ?? 100_000)).then((figures) => console.log(JSON.stringify(figures, null, 2)));
}
