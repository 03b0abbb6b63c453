import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { EventEnvelope } from '../../event-store/envelope';
import { InMemoryCheckpointStore } from '../checkpoints/checkpoint-store';
import { SqliteEventStore } from '../../event-store/sqlite-event-store';
import { createTopics } from '../../testing/engines/kafka-broker';
import { describeWithKafka, testKafkaBrokers } from '../../testing/engines/test-kafka';
import { appendCustomerEvents } from '../testing/sample-events';
import { waitFor } from '../../testing/wait-for';
import { createKafka } from './kafka-client';
import { KafkaEventConsumer, KafkaEventConsumerOptions } from './kafka-event-consumer';
import { KafkaRelay } from './kafka-relay';

describeWithKafka('KafkaEventConsumer against a real broker', () => {
  let kafka: Kafka;
  let dir: string;
  const running: Array<{ stop(): Promise<void> }> = [];

  beforeAll(async () => {
    await createTopics(testKafkaBrokers, { 'consumer.share': 4, 'consumer.resume': 4, 'consumer.retry': 2 });
    kafka = createKafka({ brokers: testKafkaBrokers, logLevel: logLevel.NOTHING });
    dir = mkdtempSync(join(tmpdir(), 'crm-consumer-'));
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((r) => r.stop()));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
  });

  /** The log, relayed to `topic`; tests append to the store and the relay keeps publishing. */
  async function relayedLog(topic: string): Promise<SqliteEventStore> {
    const store = new SqliteEventStore(join(dir, `${topic}.db`), { subscriptionBatchSize: 100 });
    const relay = await KafkaRelay.start({ store, checkpoints: new InMemoryCheckpointStore(), kafka, topic });
    running.push({ stop: () => relay.stop().then(() => store.close()) });
    return store;
  }

  async function consumer(topic: string, groupId: string, handler: KafkaEventConsumerOptions['handler']) {
    const started = await KafkaEventConsumer.start({ kafka, topic, groupId, handler, sessionTimeout: 6000, maxWaitTimeInMs: 200 });
    running.push(started);
    return started;
  }

  const collect = (into: EventEnvelope[]) => async (events: EventEnvelope[]) => void into.push(...events);
  const ids = (events: EventEnvelope[]) => new Set(events.map((e) => e.eventId));

  it('shares the partitions between two members of a group, which together see every event', async () => {
    const seenByA: EventEnvelope[] = [];
    const seenByB: EventEnvelope[] = [];
    // Both members join at once, the way a deployment's projectors start.
    const [a, b] = await Promise.all([consumer('consumer.share', 'projector', collect(seenByA)), consumer('consumer.share', 'projector', collect(seenByB))]);
    await waitFor(
      () => a.assignment().length > 0 && b.assignment().length > 0 && a.assignment().length + b.assignment().length === 4,
      20_000,
      'both members to own partitions',
    );
    expect([...a.assignment(), ...b.assignment()].sort()).toEqual([0, 1, 2, 3]);

    const store = await relayedLog('consumer.share');
    await appendCustomerEvents(store, 30, 10);
    await waitFor(() => ids([...seenByA, ...seenByB]).size === 300, 20_000, 'all 300 events consumed');

    expect(seenByA.length).toBeGreaterThan(0);
    expect(seenByB.length).toBeGreaterThan(0);
    const onlyA = new Set(seenByA.map((e) => e.subjectId));
    expect(seenByB.some((e) => onlyA.has(e.subjectId))).toBe(false);
  });

  it('hands each customer’s events to the handler in log order', async () => {
    const seen: EventEnvelope[] = [];
    await consumer('consumer.share', 'ordering', collect(seen));
    await waitFor(() => seen.length >= 300, 20_000, 'the topic read from the beginning');
    for (let c = 0; c < 30; c++) {
      const revisions = seen.filter((e) => e.subjectId === `cus_${c}`).map((e) => e.revision);
      expect(revisions).toEqual([...Array(10).keys()]);
    }
  });

  it('resumes after its committed offset when restarted', async () => {
    const store = await relayedLog('consumer.resume');
    await appendCustomerEvents(store, 10, 10, 'before');
    const before: EventEnvelope[] = [];
    const first = await consumer('consumer.resume', 'resumer', collect(before));
    await waitFor(() => before.length >= 100, 20_000, 'the first 100 events');
    await first.stop();

    await appendCustomerEvents(store, 10, 10, 'after');
    const after: EventEnvelope[] = [];
    await consumer('consumer.resume', 'resumer', collect(after));
    await waitFor(() => ids(after).size >= 100, 20_000, 'the next 100 events');
    expect(after.every((e) => e.subjectId?.startsWith('after_'))).toBe(true);
    expect(ids(before).size).toBe(100);
  });

  it('delivers a batch again when the handler failed on it, committing nothing for it', async () => {
    const store = await relayedLog('consumer.retry');
    await appendCustomerEvents(store, 4, 5);
    const seen: EventEnvelope[] = [];
    let failures = 0;
    await consumer('consumer.retry', 'retrier', async (events) => {
      if (failures === 0) {
        failures++;
        throw new Error('read model unavailable');
      }
      seen.push(...events);
    });
    await waitFor(() => ids(seen).size === 20, 20_000, 'all 20 events despite the failure');
    expect(failures).toBe(1);
  });
});
