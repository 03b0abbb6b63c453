import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { CLOUDEVENTS_JSON } from '../cloudevents';
import { SqliteCheckpointStore } from '../checkpoints/sqlite-checkpoint-store';
import { SqliteEventStore } from '../../event-store/sqlite-event-store';
import { createTopics } from '../../testing/engines/kafka-broker';
import { describeWithKafka, testKafkaBrokers } from '../../testing/engines/test-kafka';
import { appendCustomerEvents } from '../testing/sample-events';
import { TopicRecorder } from '../testing/topic-recorder';
import { waitFor } from '../../testing/wait-for';
import { createKafka } from './kafka-client';
import { KafkaRelay } from './kafka-relay';

describeWithKafka('KafkaRelay against a real broker', () => {
  let kafka: Kafka;
  let dir: string;

  beforeAll(async () => {
    await createTopics(testKafkaBrokers, { 'relay.order': 4, 'relay.restart': 4 });
    kafka = createKafka({ brokers: testKafkaBrokers, logLevel: logLevel.NOTHING });
    dir = mkdtempSync(join(tmpdir(), 'crm-relay-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes every event as a CloudEvent keyed by customer, each customer in order on one partition', async () => {
    const store = new SqliteEventStore(join(dir, 'order-events.db'), { subscriptionBatchSize: 50 });
    await appendCustomerEvents(store, 20, 25);
    const checkpoints = new SqliteCheckpointStore(join(dir, 'order.db'));
    const recorder = await TopicRecorder.start(kafka, 'relay.order');
    const relay = await KafkaRelay.start({ store, checkpoints, kafka, topic: 'relay.order' });

    await waitFor(() => recorder.messages.length >= 500, 20_000, '500 messages on the topic');
    expect(await relay.lag()).toBe(0);
    expect(await checkpoints.load('kafka-relay:relay.order')).toBe(500);

    for (let c = 0; c < 20; c++) {
      const mine = recorder.messages.filter((m) => m.key === `cus_${c}`);
      expect(mine.map((m) => m.event.revision)).toEqual([...Array(25).keys()]);
      expect(new Set(mine.map((m) => m.partition)).size).toBe(1);
      expect(mine.every((m) => m.event.subjectId === `cus_${c}` && m.contentType === CLOUDEVENTS_JSON)).toBe(true);
    }
    expect(new Set(recorder.messages.map((m) => m.partition)).size).toBeGreaterThan(1);
    expect(recorder.messages.map((m) => m.event)).toEqual(expect.arrayContaining(await store.readAll({ after: 0, limit: 500 })));

    await Promise.all([relay.stop(), recorder.stop()]);
    checkpoints.close();
    await store.close();
  });

  it('resumes from its checkpoint after a restart with nothing missing, duplicates recognisable by event id', async () => {
    const store = new SqliteEventStore(join(dir, 'restart-events.db'), { subscriptionBatchSize: 20 });
    const file = join(dir, 'restart.db');
    const recorder = await TopicRecorder.start(kafka, 'relay.restart');
    let checkpoints = new SqliteCheckpointStore(file);
    let relay = await KafkaRelay.start({ store, checkpoints, kafka, topic: 'relay.restart' });

    // Stop the relay while the log is still growing, so it stops mid-stream; more comes after.
    const writing = appendCustomerEvents(store, 10, 30, 'early');
    await waitFor(() => relay.position() >= 100, 20_000, 'the first relay to pass position 100');
    await relay.stop();
    checkpoints.close();
    const stoppedAt = relay.position();
    await writing;
    await appendCustomerEvents(store, 10, 30, 'late');
    expect(await store.headPosition()).toBe(600);

    checkpoints = new SqliteCheckpointStore(file);
    expect(await checkpoints.load('kafka-relay:relay.restart')).toBe(stoppedAt);
    relay = await KafkaRelay.start({ store, checkpoints, kafka, topic: 'relay.restart' });
    await waitFor(async () => (await relay.lag()) === 0, 20_000, 'the second relay to catch up');

    const log = await store.readAll({ after: 0, limit: 1000 });
    await waitFor(() => recorder.eventIds().size === log.length, 20_000, 'every event on the topic');
    const byId = new Map(log.map((e) => [e.eventId, e]));
    for (const { event } of recorder.messages) expect(event).toEqual(byId.get(event.eventId));

    await Promise.all([relay.stop(), recorder.stop()]);
    checkpoints.close();
    await store.close();
  });
});
