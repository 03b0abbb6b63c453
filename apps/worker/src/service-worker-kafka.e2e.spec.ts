import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from '../../../libs/testing/wait-for';
import { AppProcess, startAppProcess } from '../../../libs/testing/app-process';
import { createTopics } from '../../../libs/testing/engines/kafka-broker';
import { describeWithKafka, testKafkaBrokers, testKafkaVersion } from '../../../libs/testing/engines/test-kafka';
import { describeLeasedWorker, Stack } from './testing/lease-scenarios';
import { KEY } from './testing/service-steps';

const LEASE_MS = 3000;
const PARTITIONS = 4;
const TITLE = 'the service worker: two APIs (CRM_WORKER=off) and two workers over Kafka';
let stack: Stack | undefined;
let others: AppProcess[] = [];

/**
 * The distributed layout on one machine: API processes with FANOUT=kafka and CRM_WORKER=off (they
 * do no background work), the relay, a projector building the read models from Kafka, and two
 * `npm run worker` processes that compete for the lease and wait on the projectors' checkpoints.
 */
if (testKafkaBrokers.length === 0) describeWithKafka(TITLE, () => it('needs the run\'s Kafka broker', () => undefined));
else describeLeasedWorker(`${TITLE} (Apache Kafka ${testKafkaVersion})`, async (common) => {
  const topic = `crm.events.worker.${Date.now().toString(36)}`;
  const brokers = testKafkaBrokers;
  await createTopics(brokers, { [topic]: PARTITIONS });
  const dataDir = await mkdtemp(join(tmpdir(), 'crm-worker-kafka-'));
  const env = {
    ...common, CRM_DATA_DIR: dataDir, CRM_BOOTSTRAP_KEY: KEY, CRM_WORKER_LEASE_MS: String(LEASE_MS),
    FANOUT: 'kafka', KAFKA_BROKERS: brokers.join(','), KAFKA_TOPIC: topic, KAFKA_SESSION_TIMEOUT_MS: '6000', KAFKA_MAX_WAIT_MS: '100',
  };
  const relay = await startAppProcess('relay', env);
  const projector = await startAppProcess('projector', env);
  others = [relay, projector];
  await waitFor(async () => {
    const body = (await (await fetch(`${projector.baseUrl}/health/ready`)).json()) as { partitions?: number[] };
    return (body.partitions?.length ?? 0) === PARTITIONS;
  }, 30_000, 'the projector to own every partition').catch((error: Error) => {
    throw new Error(`${error.message}\nprojector:\n${projector.output()}`);
  });
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
  if (stack) await rm(stack.dataDir, { recursive: true, force: true });
});
