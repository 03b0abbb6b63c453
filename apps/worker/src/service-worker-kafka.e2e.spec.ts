import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { logLevel } from 'kafkajs';
import { createKafka } from '../../../libs/messaging/kafka/kafka-client';
import { MockKafka, startMockKafka, waitFor } from '../../../libs/messaging/testing';
import { AppProcess, startAppProcess } from '../../../libs/testing/app-process';
import { describeLeasedWorker, Stack } from './testing/lease-scenarios';
import { KEY } from './testing/service-steps';

const LEASE_MS = 3000;
const PARTITIONS = 4;
/** A real broker when the run provides one (libs/testing/engines), librdkafka's mock cluster otherwise. */
const realBrokers = process.env.CRM_TEST_KAFKA_BROKERS;
let broker: MockKafka | undefined;
let stack: Stack | undefined;
let others: AppProcess[] = [];

/**
 * The distributed layout on one machine: API processes with FANOUT=kafka and CRM_WORKER=off (they
 * do no background work), the relay, a projector building the read models from Kafka, and two
 * `npm run worker` processes that compete for the lease and wait on the projectors' checkpoints.
 */
describeLeasedWorker(`the service worker: two APIs (CRM_WORKER=off) and two workers over Kafka (${realBrokers ? 'real broker' : 'mock broker'})`, async (common) => {
  const topic = `crm.events.worker.${Date.now().toString(36)}`;
  let brokers: string[];
  if (realBrokers) {
    brokers = realBrokers.split(',');
    const admin = createKafka({ brokers, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: PARTITIONS }], waitForLeaders: true });
    await admin.disconnect();
  } else {
    broker = await startMockKafka({ topics: { [topic]: PARTITIONS } });
    brokers = broker.brokers;
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'crm-worker-kafka-'));
  const env = {
    ...common, CRM_DATA_DIR: dataDir, CRM_BOOTSTRAP_KEY: KEY, CRM_WORKER_LEASE_MS: String(LEASE_MS),
    FANOUT: 'kafka', KAFKA_BROKERS: brokers.join(','), KAFKA_TOPIC: topic, KAFKA_SESSION_TIMEOUT_MS: '4000', KAFKA_MAX_WAIT_MS: '100',
  };
  const relay = await startAppProcess('relay', env);
  const projector = await startAppProcess('projector', env);
  others = [relay, projector];
  await waitFor(async () => {
    const body = (await (await fetch(`${projector.baseUrl}/health/ready`)).json()) as { partitions?: number[] };
    return (body.partitions?.length ?? 0) === PARTITIONS;
  }, 30_000, 'the projector to own every partition');
  const candidates = new Map<number, { name: string; app: AppProcess }>();
  stack = { dataDir, candidates, apis: [], leaseMs: LEASE_MS };
  for (let i = 1; i <= 2; i++) stack.apis.push(await startAppProcess('api', { ...env, CRM_WORKER: 'off' }));
  for (const name of ['worker-1', 'worker-2']) {
    const worker = await startAppProcess('worker', env);
    candidates.set(worker.child.pid!, { name, app: worker });
  }
  return stack;
}, async () => {
  await Promise.all([...(stack?.apis ?? []), ...[...(stack?.candidates.values() ?? [])].map((c) => c.app), ...others].map((app) => app.stop('SIGTERM')));
  await broker?.stop();
  if (stack) await rm(stack.dataDir, { recursive: true, force: true });
});
