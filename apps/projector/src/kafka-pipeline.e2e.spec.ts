import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { createKafka } from '../../../libs/messaging/kafka/kafka-client';
import { TopicRecorder, waitFor } from '../../../libs/messaging/testing';
import { createTopics } from '../../../libs/testing/engines/kafka-broker';
import { describeWithKafka, testKafkaBrokers } from '../../../libs/testing/engines/test-kafka';
import { AppProcess, startAppProcess } from '../../../libs/testing/app-process';
import {
  ADMIN_KEY, assignedPartitions, commandLoad, documents, embeddedRebuild, headers, readLog, TOPIC, waitUntilProjected, withReadModels,
} from './testing/pipeline-harness';

const PARTITIONS = 8;

/** Events a projector process has applied, from its /metrics. */
async function appliedBy(projector: AppProcess): Promise<number> {
  const text = await (await fetch(`${projector.baseUrl}/metrics`)).text();
  return Number(/^crm_projector_events_total (\d+)$/m.exec(text)?.[1] ?? 0);
}
const COMPARED = ['customer-360', 'customer-history'];

/**
 * The distributed deployment on one machine: SQLite log written by the API (FANOUT=kafka), the
 * relay, Apache Kafka (the run's shared KRaft broker), two projectors into SQLite read
 * models. Every process is a real OS process started from the sources.
 */
describeWithKafka('SQLite log → relay → Kafka → two projectors → SQLite read models', () => {
  let kafka: Kafka;
  let dataDir: string;
  let env: Record<string, string>;
  let relay: AppProcess;
  let projectors: AppProcess[];
  let api: AppProcess;
  let recorder: TopicRecorder;
  let load: ReturnType<typeof commandLoad> | undefined;

  beforeAll(async () => {
    await createTopics(testKafkaBrokers, { [TOPIC]: PARTITIONS });
    kafka = createKafka({ brokers: testKafkaBrokers, logLevel: logLevel.NOTHING });
    dataDir = await mkdtemp(join(tmpdir(), 'crm-pipeline-'));
    env = {
      CRM_DATA_DIR: dataDir, CRM_BOOTSTRAP_KEY: ADMIN_KEY, FANOUT: 'kafka', KAFKA_BROKERS: testKafkaBrokers.join(','), KAFKA_TOPIC: TOPIC,
      KAFKA_SESSION_TIMEOUT_MS: '6000', KAFKA_MAX_WAIT_MS: '100',
      // The load loops send thousands of commands a minute; this test is about the pipeline, not the limiter.
      CRM_RATE_LIMIT_MAX: '0',
    };
    recorder = await TopicRecorder.start(kafka, TOPIC);
    [relay, ...projectors] = await Promise.all([
      startAppProcess('relay', env), startAppProcess('projector', env), startAppProcess('projector', env),
    ]);
    // The API's bootstrap key must reach the api-keys read model, so the group has to be formed first.
    await waitFor(async () => {
      const [a, b] = await Promise.all(projectors.map(assignedPartitions));
      return a.length > 0 && b.length > 0 && a.length + b.length === PARTITIONS;
    }, 30_000, 'both projectors to own partitions');
    api = await startAppProcess('api', env);
  });

  afterEach(async () => {
    // A failed test must not leave writers running against the API.
    await load?.stop().catch(() => undefined);
    load = undefined;
  });

  afterAll(async () => {
    await Promise.all([api, relay, ...(projectors ?? [])].map((p) => p?.stop()));
    await recorder?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('builds the same customer-360 and customer-history documents as the embedded projection from the same log', async () => {
    const writers = (load = commandLoad(api.baseUrl, 4));
    await waitFor(() => writers.acks.length >= 120, 60_000, '120 commands');
    await writers.stop();
    const log = await waitUntilProjected(dataDir, PARTITIONS);

    const [a, b] = await Promise.all(projectors.map(assignedPartitions));
    expect([...a, ...b].sort((x, y) => x - y)).toEqual([...Array(PARTITIONS).keys()]);
    // Personal fields travel sealed; the projectors opened them with the subject keys.
    expect(JSON.stringify(recorder.messages.map((m) => m.event))).not.toContain('Ünal');
    const distributed = await withReadModels(dataDir, async (store) => Object.fromEntries(await Promise.all(COMPARED.map(async (p) => [p, await documents(store, p)]))));
    expect(distributed['customer-360'].length).toBe(new Set(writers.acks.map((x) => x.customerId)).size);
    expect(distributed['customer-history'].length).toBe(log.filter((e) => typeof e.data.customerId === 'string').length);
    expect(JSON.stringify(distributed['customer-360'])).toContain('Ünal');
    expect(distributed).toEqual(await embeddedRebuild(dataDir, COMPARED));
  });

  it('answers a query sent with X-Min-Position with the state the command just wrote', async () => {
    const { id } = (await (await fetch(`${api.baseUrl}/v1/customers`, { method: 'POST', headers, body: JSON.stringify({ kind: 'person', name: 'Erste Fassung' }) })).json()) as { id: string };
    for (let n = 0; n < 10; n++) {
      const changed = await fetch(`${api.baseUrl}/v1/customers/${id}`, { method: 'PATCH', headers, body: JSON.stringify({ name: `Fassung ${n}` }) });
      expect(changed.status).toBe(200);
      const { position } = (await changed.json()) as { position: number };
      const view = await fetch(`${api.baseUrl}/v1/customers/${id}`, { headers: { ...headers, 'x-min-position': String(position) } });
      expect(view.status).toBe(200);
      expect(((await view.json()) as { name: string }).name).toBe(`Fassung ${n}`);
    }
  });

  it('loses and doubles nothing when the relay and a projector are SIGKILLed mid-run and restarted', async () => {
    const before = (await readLog(dataDir)).length;
    const writers = (load = commandLoad(api.baseUrl, 4));
    await waitFor(() => writers.acks.length >= 60, 60_000, 'load under way');
    expect(await appliedBy(projectors[0])).toBeGreaterThan(0);
    expect(await relay.stop('SIGKILL')).toBeNull();
    expect(await projectors[0].stop('SIGKILL')).toBeNull();
    // Commands keep being acknowledged while the relay is down; they wait in the log.
    const atKill = writers.acks.length;
    await waitFor(() => writers.acks.length >= atKill + 60, 60_000, 'more commands while the relay is down');
    // Once the dead member's session expires, the survivor owns every partition.
    await waitFor(async () => (await assignedPartitions(projectors[1])).length === PARTITIONS, 30_000, 'the survivor to take over');
    [relay, projectors[0]] = await Promise.all([startAppProcess('relay', env), startAppProcess('projector', env)]);
    const atRestart = writers.acks.length;
    await waitFor(() => writers.acks.length >= atRestart + 60, 60_000, 'more commands after the restart');
    await writers.stop();

    const log = await waitUntilProjected(dataDir, PARTITIONS, 60_000);
    expect(log.length).toBeGreaterThan(before + 180);
    const live = await withReadModels(dataDir, async (store) => Object.fromEntries(await Promise.all(COMPARED.map(async (p) => [p, await documents(store, p)]))));
    expect(live).toEqual(await embeddedRebuild(dataDir, COMPARED));

    // Downstream: every event of the log on the topic, each copy identical to the log's (a redelivery is the same event id).
    await waitFor(() => recorder.eventIds().size === log.length, 30_000, 'every event on the topic');
    const byId = new Map(log.map((e) => [e.eventId, e]));
    for (const { event } of recorder.messages) expect(event).toEqual(byId.get(event.eventId));
    process.stdout.write(`kill test: ${log.length} events, ${recorder.messages.length - log.length} redelivered copies on the topic\n`);
  });
});
