import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { MongoLeaseStore } from '../../../libs/coordination/mongo-lease-store';
import { AppProcess, startAppProcess } from '../../../libs/testing/app-process';
import { createTopics } from '../../../libs/testing/engines/kafka-broker';
import { MONGO_SKIP_HOW, mongoTarget } from '../../../libs/testing/engines/mongodb-target';
import { describeSkipped } from '../../../libs/testing/engines/skip-notice';
import { describeWithKafka, testKafkaBrokers, testKafkaVersion } from '../../../libs/testing/engines/test-kafka';
import { waitFor } from '../../../libs/testing/wait-for';
import { SERVICE_WORKER_LEASE } from '../../api/src/service/service-worker';
import { describeLeasedWorker, Stack } from './testing/lease-scenarios';
import { currentLease, KEY } from './testing/service-steps';

const LEASE_MS = 3000;
const PARTITIONS = 4;
const TITLE = 'the service worker: two APIs (CRM_WORKER=off) and two workers over Kafka';
let run = 0;

/** The URL with `database` as its path, the way the apps take the database name from MONGODB_URL. */
function withDatabase(url: string, database: string): string {
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/[^?]*)?(\?.*)?$/.exec(url);
  if (!match) throw new Error(`cannot add a database to ${url}`);
  return `${match[1]}/${database}${match[2] ?? ''}`;
}

/**
 * The distributed layout on one machine: API processes with FANOUT=kafka and CRM_WORKER=off (they
 * do no background work), the relay, a projector building the read models from Kafka, and two
 * `npm run worker` processes that compete for the lease and wait on the projectors' checkpoints.
 * Read models (and with them the leases) in SQLite files, or in MongoDB databases as deployed.
 */
function describeKafkaStack(title: string, mongoUrl?: string): void {
  let stack: Stack | undefined;
  let others: AppProcess[] = [];
  let databases: string[] = [];
  describeLeasedWorker(title, async (common) => {
    const topic = `crm.events.worker.${process.pid}.${++run}.${Date.now().toString(36)}`;
    await createTopics(testKafkaBrokers, { [topic]: PARTITIONS });
    const dataDir = await mkdtemp(join(tmpdir(), 'crm-worker-kafka-'));
    const database = `crm_test_worker_${process.pid}_${run}_${Date.now().toString(36)}`;
    // The read models' database and the two the apps derive from it: keys and leases.
    databases = mongoUrl ? [database, `${database}_keys`, `${database}_leases`] : [];
    const env = {
      ...common, CRM_DATA_DIR: dataDir, CRM_BOOTSTRAP_KEY: KEY, CRM_WORKER_LEASE_MS: String(LEASE_MS),
      FANOUT: 'kafka', KAFKA_BROKERS: testKafkaBrokers.join(','), KAFKA_TOPIC: topic, KAFKA_GROUP_ID: `crm-projector-${topic}`,
      KAFKA_SESSION_TIMEOUT_MS: '6000', KAFKA_MAX_WAIT_MS: '100',
      ...(mongoUrl ? { READ_MODELS: 'mongodb', MONGODB_URL: withDatabase(mongoUrl, database) } : {}),
    };
    const relay = await startAppProcess('relay', env);
    const projector = await startAppProcess('projector', env);
    others = [relay, projector];
    await waitFor(async () => {
      const body = (await (await fetch(`${projector.baseUrl}/health/ready`)).json()) as { partitions?: number[] };
      return (body.partitions?.length ?? 0) === PARTITIONS;
    }, 60_000, 'the projector to own every partition').catch((error: Error) => {
      throw new Error(`${error.message}\nprojector:\n${projector.output()}`);
    });
    const candidates = new Map<number, { name: string; app: AppProcess }>();
    const leaseOf = mongoUrl
      ? async () => {
          const leases = new MongoLeaseStore(mongoUrl, `${database}_leases`);
          try {
            return (await leases.current(SERVICE_WORKER_LEASE)) ?? undefined;
          } finally {
            await leases.close();
          }
        }
      : () => currentLease(dataDir);
    const diagnostics = async () => {
      const health = await fetch(`${projector.baseUrl}/health/ready`).then((r) => r.text(), (e: Error) => e.message);
      return `projector (${health}):\n${projector.output().slice(-4000)}`;
    };
    stack = { dataDir, candidates, apis: [], leaseMs: LEASE_MS, currentLease: leaseOf, diagnostics };
    for (let i = 1; i <= 2; i++) stack.apis.push(await startAppProcess('api', { ...env, CRM_WORKER: 'off' }));
    for (const name of ['worker-1', 'worker-2']) {
      const worker = await startAppProcess('worker', env);
      candidates.set(worker.child.pid!, { name, app: worker });
    }
    return stack;
  }, async () => {
    await Promise.all([...(stack?.apis ?? []), ...[...(stack?.candidates.values() ?? [])].map((c) => c.app), ...others].map((app) => app.stop('SIGTERM')));
    if (stack) await rm(stack.dataDir, { recursive: true, force: true });
    if (mongoUrl && databases.length > 0) {
      const admin = new MongoClient(mongoUrl);
      try {
        for (const name of databases) await admin.db(name).dropDatabase();
      } finally {
        await admin.close();
      }
    }
  });
}

const mongo = mongoTarget();
if (testKafkaBrokers.length === 0) {
  describeWithKafka(TITLE, () => it('needs the run\'s Kafka broker', () => undefined));
} else {
  describeKafkaStack(`${TITLE} (Apache Kafka ${testKafkaVersion}), SQLite read models and leases`);
  const mongoTitle = `${TITLE}, read models and leases on MongoDB`;
  if (!mongo) describeSkipped(mongoTitle, `no MongoDB-protocol server: ${MONGO_SKIP_HOW}`);
  // FerretDB v1 stores neither an SLA policy's working hours (nested arrays) nor a rule's condition (dotted keys): the projector stops there.
  else if (mongo.flavor === 'ferretdb') describeSkipped(mongoTitle, `${mongo.server} cannot hold the service read models (nested arrays, dotted keys); set MONGODB_URL to a MongoDB replica set to run it`);
  else describeKafkaStack(`${TITLE} (Apache Kafka ${testKafkaVersion}), read models and leases on ${mongo.server}`, mongo.url);
}
