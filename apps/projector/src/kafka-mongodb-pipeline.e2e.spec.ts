import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { logLevel } from 'kafkajs';
import { SqliteEventStore } from '../../../libs/event-store/sqlite-event-store';
import { createKafka } from '../../../libs/messaging/kafka/kafka-client';
import { partitionCheckpointId } from '../../../libs/messaging/kafka/partitioning';
import { EncryptingEventStore } from '../../../libs/privacy/encrypting-event-store';
import { CustodiedSubjectKeys } from '../../../libs/privacy/keys/custodied-subject-keys';
import { MongoKeyRecords } from '../../../libs/privacy/keys/mongo-key-records';
import { CHECKPOINT_COLLECTION } from '../../../libs/read-models/runner/registry';
import { ProjectionRunner } from '../../../libs/read-models/runner/projection-runner';
import { SqliteDocumentStore } from '../../../libs/read-models/sqlite/sqlite-document-store';
import { AppProcess, startAppProcess } from '../../../libs/testing/app-process';
import { MONGO_SKIP_HOW, mongoTarget } from '../../../libs/testing/engines/mongodb-target';
import { describeSkipped } from '../../../libs/testing/engines/skip-notice';
import { openTempMongoStore } from '../../../libs/testing/engines/temp-mongo-store';
import { waitFor } from '../../../libs/testing/wait-for';
import { allProjections } from '../../api/src/infrastructure/projections';
import { withDatabase } from './testing/mongo-url';
import { ADMIN_KEY, assignedPartitions, commandLoad, documents, readLog } from './testing/pipeline-harness';

const PARTITIONS = 4;
const COMPARED = ['customer-360', 'customer-history'];
const brokers = process.env.CRM_TEST_KAFKA_BROKERS ?? process.env.KAFKA_BROKERS;
const target = mongoTarget();

if (!brokers || !target) {
  describeSkipped('SQLite log → relay → Kafka → projector → MongoDB read models',
    !brokers ? 'no Kafka broker in this run; set CRM_TEST_KAFKA_BROKERS (or KAFKA_BROKERS) to a real broker to run it' : `no MongoDB-protocol server: ${MONGO_SKIP_HOW}`);
} else {
  /**
   * The distributed read side on real servers: API (FANOUT=kafka, READ_MODELS=mongodb), relay and
   * a projector as OS processes, a topic of its own on the given broker, a database of its own.
   */
  describe(`SQLite log → relay → Kafka → projector → MongoDB read models on ${target.server}`, () => {
    // A topic of its own, so messages of earlier runs never reach this database; CRM_TEST_KAFKA_TOPIC
    // names an existing empty topic of 4 partitions instead (for brokers that refuse createTopics).
    const givenTopic = process.env.CRM_TEST_KAFKA_TOPIC;
    const topic = givenTopic ?? `crm.e2e.mongodb.${process.pid}.${Date.now().toString(36)}`;
    const mongo = openTempMongoStore(target.url, 'kafka_pipeline');
    let dataDir: string;
    let processes: AppProcess[] = [];
    let api: AppProcess;

    beforeAll(async () => {
      if (!givenTopic) {
        const admin = createKafka({ brokers: brokers.split(','), logLevel: logLevel.NOTHING }).admin();
        await admin.connect();
        await admin.createTopics({ topics: [{ topic, numPartitions: PARTITIONS }], waitForLeaders: true });
        await admin.disconnect();
      }
      dataDir = await mkdtemp(join(tmpdir(), 'crm-kafka-mongodb-'));
      const env = {
        CRM_DATA_DIR: dataDir, CRM_BOOTSTRAP_KEY: ADMIN_KEY, FANOUT: 'kafka', KAFKA_BROKERS: brokers, KAFKA_TOPIC: topic,
        KAFKA_GROUP_ID: `crm-projector-${topic}`, KAFKA_SESSION_TIMEOUT_MS: '6000', KAFKA_MAX_WAIT_MS: '100',
        READ_MODELS: 'mongodb', MONGODB_URL: withDatabase(target.url, mongo.databaseName), CRM_RATE_LIMIT_MAX: '0',
      };
      const [relay, projector] = await Promise.all([startAppProcess('relay', env), startAppProcess('projector', env)]);
      processes = [relay, projector];
      await waitFor(async () => (await assignedPartitions(projector)).length === PARTITIONS, 60_000, 'the projector to own every partition');
      api = await startAppProcess('api', env);
      processes.push(api);
    });

    afterAll(async () => {
      await Promise.all(processes.map((p) => p.stop()));
      await mongo.close();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    });

    it('builds the same customer-360 and customer-history documents in MongoDB as the embedded projection from the same log', async () => {
      const writers = commandLoad(api.baseUrl, 2);
      await waitFor(() => writers.acks.length >= 60, 60_000, '60 commands');
      await writers.stop();
      const log = await readLog(dataDir);
      const checkpoints = mongo.store.collection(CHECKPOINT_COLLECTION);
      const head = log[log.length - 1].position;
      await waitFor(async () => {
        const docs = await checkpoints.find({ _id: { $in: [...Array(PARTITIONS).keys()].map((p) => partitionCheckpointId(topic, p)) } });
        return docs.some((d) => d._position === head);
      }, 60_000, 'the projector to apply the last event');
      await waitFor(async () => (await documents(mongo.store, 'customer-history')).length === log.filter((e) => typeof e.data.customerId === 'string').length,
        60_000, 'every history entry in MongoDB');

      const events = new SqliteEventStore(join(dataDir, 'events.db'));
      const fresh = new SqliteDocumentStore(join(dataDir, 'embedded.db'));
      // The API kept the subjects' keys in the key store's own database (KEY_STORE follows READ_MODELS).
      const keys = new CustodiedSubjectKeys(new MongoKeyRecords(target.url, `${mongo.databaseName}_keys`));
      try {
        const runner = new ProjectionRunner({ eventStore: new EncryptingEventStore(events, keys), store: fresh, projections: allProjections, registryPollMs: 0 });
        await runner.start();
        expect(await runner.waitForPosition(head, 60_000)).toBe(true);
        await runner.stop();
        for (const projection of COMPARED) expect(await documents(mongo.store, projection)).toEqual(await documents(fresh, projection));
        expect(JSON.stringify(await documents(mongo.store, 'customer-360'))).toContain('Ünal');
      } finally {
        await Promise.all([events.close(), fresh.close(), keys.close()]);
      }
    });
  });
}
