import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { createKafka } from '../../../libs/messaging/kafka/kafka-client';
import { TopicRecorder, waitFor } from '../../../libs/messaging/testing';
import { AppProcess, startAppProcess } from '../../../libs/testing/app-process';
import { createTopics, KafkaCluster, startKafkaCluster } from '../../../libs/testing/engines/kafka-broker';
import { describeWithKafka } from '../../../libs/testing/engines/test-kafka';
import { ADMIN_KEY, assignedPartitions, commandLoad, documents, embeddedRebuild, TOPIC, waitUntilProjected, withReadModels } from './testing/pipeline-harness';

const PARTITIONS = 8;
const COMPARED = ['customer-360', 'customer-history'];

/**
 * Three Kafka nodes (each broker and controller), the topic replicated three times with
 * min.insync.replicas=2, so the relay's acks=-1 writes survive the loss of any one node.
 */
describeWithKafka('a three-broker cluster losing one broker mid-run', () => {
  let cluster: KafkaCluster;
  let kafka: Kafka;
  let dataDir: string;
  let processes: AppProcess[] = [];
  let recorder: TopicRecorder | undefined;
  let load: ReturnType<typeof commandLoad> | undefined;

  beforeAll(async () => {
    cluster = await startKafkaCluster({ nodes: 3 });
    await createTopics(cluster.brokers, { [TOPIC]: PARTITIONS }, 3);
    kafka = createKafka({ brokers: cluster.brokers, logLevel: logLevel.NOTHING });
    dataDir = await mkdtemp(join(tmpdir(), 'crm-failover-'));
  });

  afterAll(async () => {
    await load?.stop().catch(() => undefined);
    await Promise.all(processes.map((p) => p.stop()));
    await recorder?.stop();
    await cluster?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps relay and projectors running, loses and doubles nothing, and ends with read models equal to a fresh rebuild', async () => {
    const env = {
      CRM_DATA_DIR: dataDir, CRM_BOOTSTRAP_KEY: ADMIN_KEY, FANOUT: 'kafka', KAFKA_BROKERS: cluster.brokers.join(','), KAFKA_TOPIC: TOPIC,
      KAFKA_SESSION_TIMEOUT_MS: '6000', KAFKA_MAX_WAIT_MS: '100', CRM_RATE_LIMIT_MAX: '0',
    };
    const [, ...projectors] = (processes = await Promise.all([
      startAppProcess('relay', env), startAppProcess('projector', env), startAppProcess('projector', env),
    ]));
    await waitFor(async () => {
      const [a, b] = await Promise.all(projectors.map(assignedPartitions));
      return a.length > 0 && b.length > 0 && a.length + b.length === PARTITIONS;
    }, 30_000, 'both projectors to own partitions');
    const api = await startAppProcess('api', env);
    processes.push(api);

    const writers = (load = commandLoad(api.baseUrl, 4));
    await waitFor(() => writers.acks.length >= 60, 60_000, 'load under way');
    // The leader of partition 0 dies: its partitions need new leaders, and the group coordinator may move.
    const admin = kafka.admin();
    await admin.connect();
    const leader = (await admin.fetchTopicMetadata({ topics: [TOPIC] })).topics[0].partitions.find((p) => p.partitionId === 0)!.leader;
    await admin.disconnect();
    const victim = cluster.nodes.find((n) => n.nodeId === leader)!;
    await victim.kill();
    const atKill = writers.acks.length;
    await waitFor(() => writers.acks.length >= atKill + 120, 90_000, 'more commands after the broker died');
    await writers.stop();

    const log = await waitUntilProjected(dataDir, PARTITIONS, 60_000).catch(async (error) => {
      // Which process is behind, and why: its readiness answer and the end of its output.
      for (const p of processes) {
        const ready = await fetch(`${p.baseUrl}/health/ready`).then((r) => r.text(), () => 'unreachable');
        process.stdout.write(`${p.baseUrl} exit=${p.child.exitCode} ready=${ready}\n${p.output().slice(-1500)}\n`);
      }
      throw error;
    });
    expect(log.length).toBeGreaterThanOrEqual(atKill + 120);
    // Carried on: no process exited (a projector that gave up would have exited 1).
    expect(processes.map((p) => p.child.exitCode)).toEqual([null, null, null, null]);

    // Nothing lost: every event of the log is on the topic, identical to the log's. Read afresh
    // from the surviving brokers, after the failure, by a new group.
    recorder = await TopicRecorder.start(createKafka({ brokers: cluster.nodes.filter((n) => n.running()).map((n) => n.broker), logLevel: logLevel.NOTHING }), TOPIC, 'after-failover');
    await waitFor(() => recorder!.eventIds().size === log.length, 30_000, 'every event on the topic');
    const byId = new Map(log.map((e) => [e.eventId, e]));
    for (const { event } of recorder.messages) expect(event).toEqual(byId.get(event.eventId));
    // On the topic, records beyond one per event are whole-batch resends after kafkajs's producer lost
    // its sequence numbers (see KafkaRelay.send); each is the same event id, which projections skip.
    const survivor = createKafka({ brokers: cluster.nodes.filter((n) => n.running()).map((n) => n.broker), logLevel: logLevel.NOTHING }).admin();
    await survivor.connect();
    const offsets = await survivor.fetchTopicOffsets(TOPIC);
    await survivor.disconnect();
    const records = offsets.reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
    expect(records).toBeGreaterThanOrEqual(log.length);
    // Nothing doubled where it counts: the read models equal a rebuild from the log.
    const live = await withReadModels(dataDir, async (store) => Object.fromEntries(await Promise.all(COMPARED.map(async (p) => [p, await documents(store, p)]))));
    expect(live).toEqual(await embeddedRebuild(dataDir, COMPARED));

    process.stdout.write(`broker failover: node ${leader} killed after ${atKill} commands; ${log.length} events, ${records} records on the topic\n`);
  });
});
