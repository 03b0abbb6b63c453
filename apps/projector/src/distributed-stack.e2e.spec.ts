import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { fromCloudEvent } from '../../../libs/messaging/cloudevents';
import { createKafka, messageKey } from '../../../libs/messaging/kafka/kafka-client';
import { isSealed } from '../../../libs/privacy/personal-cipher';
import { PersonalDataSealer } from '../../../libs/privacy/personal-data-sealer';
import { CustodiedSubjectKeys } from '../../../libs/privacy/keys/custodied-subject-keys';
import { MongoKeyRecords } from '../../../libs/privacy/keys/mongo-key-records';
import { AppProcess, startAppProcess } from '../../../libs/testing/app-process';
import { createTopics } from '../../../libs/testing/engines/kafka-broker';
import { MONGO_SKIP_HOW, mongoTarget } from '../../../libs/testing/engines/mongodb-target';
import { describeSkipped } from '../../../libs/testing/engines/skip-notice';
import { testKafkaBrokers, testKafkaVersion } from '../../../libs/testing/engines/test-kafka';
import { openTempMongoStore } from '../../../libs/testing/engines/temp-mongo-store';
import { waitFor } from '../../../libs/testing/wait-for';
import { ADMIN_KEY, assignedPartitions, commandLoad, documents, embeddedRebuild, headers, readLog, waitForCheckpoints } from './testing/pipeline-harness';
import { bytesOf, readWholeTopic } from './testing/raw-topic';
import { withDatabase } from './testing/mongo-url';

const PARTITIONS = 4;
/** Every read model of the deployment: each one must equal the embedded rebuild on FerretDB too. */
const COMPARED = [
  'customer-360', 'customer-history', 'api-keys', 'partners', 'access-log', 'audit', 'customer-sales', 'sales-leads',
  'sales-opportunities', 'automation-rules', 'cases', 'customer-service', 'feedback', 'sla-deadlines', 'sla-policies', 'tasks',
];
/** A string only the erased customer's personal fields hold, so finding it anywhere is a leak. */
const MARKER = 'qwxzerasuremarker';
const target = mongoTarget();
const NAME = 'two APIs over one SQLite log (EVENT_STORE=sqlite: no EventStoreDB server can run here) → relay → Kafka → two projectors → MongoDB read models';

if (testKafkaBrokers.length === 0 || !target) {
  describeSkipped(NAME, testKafkaBrokers.length === 0 ? 'no Kafka broker; `npm test` installs and starts one' : `no MongoDB-protocol server: ${MONGO_SKIP_HOW}`);
} else {
  describe(`${NAME} on Apache Kafka ${testKafkaVersion} and ${target.server}`, () => {
    const topic = `crm.e2e.stack.${process.pid}.${Date.now().toString(36)}`;
    const mongo = openTempMongoStore(target.url, 'stack');
    const keysDatabase = `${mongo.databaseName}_keys`;
    const openKeys = () => new CustodiedSubjectKeys(new MongoKeyRecords(target.url, keysDatabase));
    let kafka: Kafka;
    let dataDir: string;
    const processes: AppProcess[] = [];
    let projectors: AppProcess[];
    let apis: AppProcess[];

    const send = async (api: AppProcess, method: string, path: string, body: unknown) => {
      const res = await fetch(`${api.baseUrl}${path}`, { method, headers, body: JSON.stringify(body) });
      const answer = (await res.json()) as { id: string; position: number };
      if (res.status !== 200 && res.status !== 201) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(answer)}`);
      return answer;
    };
    const viewAt = async (api: AppProcess, customerId: string, position: number) => {
      const res = await fetch(`${api.baseUrl}/v1/customers/${customerId}`, { headers: { ...headers, 'x-min-position': String(position) } });
      expect(res.status).toBe(200);
      return (await res.json()) as { name: string | null; interactionCount?: number };
    };

    /** Every compared read model as the projectors built it (once they applied `log`) and as a fresh embedded rebuild builds it. */
    const projectedAndRebuilt = async (log: Awaited<ReturnType<typeof readLog>>) => {
      await waitForCheckpoints(mongo.store, topic, PARTITIONS, log, 60_000);
      const projected = Object.fromEntries(await Promise.all(COMPARED.map(async (p) => [p, await documents(mongo.store, p)])));
      return { ...projected, rebuilt: await embeddedRebuild(dataDir, COMPARED, openKeys()) };
    };

    beforeAll(async () => {
      await createTopics(testKafkaBrokers, { [topic]: PARTITIONS });
      kafka = createKafka({ brokers: testKafkaBrokers, logLevel: logLevel.NOTHING });
      dataDir = await mkdtemp(join(tmpdir(), 'crm-stack-'));
      const env = {
        CRM_DATA_DIR: dataDir, CRM_BOOTSTRAP_KEY: ADMIN_KEY, FANOUT: 'kafka', KAFKA_BROKERS: testKafkaBrokers.join(','), KAFKA_TOPIC: topic,
        KAFKA_GROUP_ID: `crm-projector-${topic}`, KAFKA_SESSION_TIMEOUT_MS: '6000', KAFKA_MAX_WAIT_MS: '100',
        READ_MODELS: 'mongodb', MONGODB_URL: withDatabase(target.url, mongo.databaseName), CRM_RATE_LIMIT_MAX: '0',
      };
      const start = async (app: 'api' | 'relay' | 'projector') => {
        const started = await startAppProcess(app, env);
        processes.push(started); // stopped in afterAll even when a later start fails
        return started;
      };
      // One projector after the other: on FerretDB two registering the read models at once race on
      // inserts into projection_registry, and FerretDB's E11000 names no key, so the loser cannot
      // tell a lost race from a unique-index refusal and exits (a supervisor would restart it).
      const [, first] = await Promise.all([start('relay'), start('projector')]);
      projectors = [first, await start('projector')];
      // The bootstrap key must reach the api-keys read model before an API can answer, so the group forms first.
      await waitFor(async () => {
        const [a, b] = await Promise.all(projectors.map(assignedPartitions));
        return a.length > 0 && b.length > 0 && a.length + b.length === PARTITIONS;
      }, 60_000, 'both projectors to own partitions');
      // Both APIs start together on the one data directory, as replicas of a deployment do.
      apis = await Promise.all([start('api'), start('api')]);
    });

    afterAll(async () => {
      await Promise.all(processes.map((p) => p.stop()));
      await mongo.close();
      const admin = new MongoClient(target.url);
      await admin.db(keysDatabase).dropDatabase().finally(() => admin.close());
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    });

    it('acknowledges a command load spread over both APIs, every command with its position in the one log', async () => {
      const loads = apis.map((api) => commandLoad(api.baseUrl, 2));
      await waitFor(() => loads.every((l) => l.acks.length >= 40), 60_000, '40 commands through each API');
      await Promise.all(loads.map((l) => l.stop()));
      const log = await readLog(dataDir);
      const positions = new Set(log.map((e) => e.position));
      for (const ack of loads.flatMap((l) => l.acks)) expect(positions.has(ack.position)).toBe(true);
      const [a, b] = await Promise.all(projectors.map(assignedPartitions));
      expect([...a, ...b].sort((x, y) => x - y)).toEqual([...Array(PARTITIONS).keys()]);
    });

    it('answers a query on one API with the state a command on the other API just wrote, when sent with its X-Min-Position', async () => {
      const registered = await send(apis[0], 'POST', '/v1/customers', { kind: 'person', name: 'Fassung A0', country: 'DE' });
      expect((await viewAt(apis[1], registered.id, registered.position)).name).toBe('Fassung A0');
      for (let n = 1; n <= 8; n++) {
        const [writer, reader] = n % 2 === 0 ? [apis[0], apis[1]] : [apis[1], apis[0]];
        const changed = await send(writer, 'PATCH', `/v1/customers/${registered.id}`, { name: `Fassung ${n}` });
        expect((await viewAt(reader, registered.id, changed.position)).name).toBe(`Fassung ${n}`);
      }
    });

    it('builds every read model in MongoDB equal to a fresh embedded rebuild of the same log', async () => {
      const log = await readLog(dataDir);
      const distributed = await projectedAndRebuilt(log);
      expect(distributed['customer-history'].length).toBe(log.filter((e) => typeof e.data.customerId === 'string').length);
      expect(JSON.stringify(distributed['customer-360'])).toContain('Ünal');
      for (const projection of COMPARED) expect({ projection, documents: distributed[projection] }).toEqual({ projection, documents: distributed.rebuilt[projection] });
    });

    it('erases a customer through one API: the topic then holds only sealed, unreadable copies of its personal fields and MongoDB none', async () => {
      const registered = await send(apis[0], 'POST', '/v1/customers', { kind: 'person', name: `Erika ${MARKER}`, emails: [`${MARKER}@example.test`], country: 'DE' });
      const recorded = await send(apis[1], 'POST', `/v1/customers/${registered.id}/interactions`, {
        channel: 'email', direction: 'inbound', subject: `Betreff ${MARKER}`, summary: `Bitte um Rückruf, ${MARKER}`,
      });
      expect((await viewAt(apis[0], registered.id, recorded.position)).name).toBe(`Erika ${MARKER}`);

      const erased = await send(apis[1], 'POST', `/v1/compliance/subjects/${registered.id}/erase`, { reason: 'Art. 17 request #e2e' });
      expect(JSON.stringify(await viewAt(apis[0], registered.id, erased.position)).toLowerCase()).not.toContain(MARKER);

      // What a downstream consumer of the topic could ever read, byte for byte.
      const log = await readLog(dataDir);
      await waitFor(async () => (await readWholeTopic(kafka, topic)).length >= log.length, 30_000, 'the relay to publish the whole log');
      const messages = await readWholeTopic(kafka, topic);
      for (const message of messages) expect(bytesOf(message).toString('latin1').toLowerCase()).not.toContain(MARKER);
      const ofSubject = messages.map((m) => fromCloudEvent(m.value)).filter((e) => messageKey(e) === registered.id);
      const personal = ofSubject.filter((e) => e.personal !== undefined);
      expect(personal.map((e) => e.type).sort()).toEqual(['crm.customer.registered', 'crm.interaction.recorded']);
      expect(personal.every((e) => isSealed(e.personal))).toBe(true);
      const keys = openKeys();
      try {
        const opened = await new PersonalDataSealer(keys).open(personal);
        expect(opened.map((e) => [e.personal, e.personalErased])).toEqual(personal.map(() => [undefined, true]));
      } finally {
        await keys.close();
      }

      // Every collection of the read-model database, bookkeeping included.
      const client = new MongoClient(target.url);
      try {
        const db = client.db(mongo.databaseName);
        for (const { name } of await db.listCollections().toArray()) {
          const docs = await db.collection(name).find({}).toArray();
          expect({ name, leak: JSON.stringify(docs).toLowerCase().includes(MARKER) }).toEqual({ name, leak: false });
        }
      } finally {
        await client.close();
      }

      // After the erasure too the read models equal a rebuild, but for one thing: an entry of
      // customer-history and audit names the personal fields its event carried when it was applied
      // (names, no values); a rebuild after the erasure cannot see them any more and names none.
      const withoutFieldNames = (docs: Record<string, unknown>[]) =>
        docs.map((d) => (d.customerId === registered.id || d.subjectId === registered.id ? { ...d, personalFields: 'not comparable after erasure' } : d));
      const after = await projectedAndRebuilt(await readLog(dataDir));
      for (const projection of COMPARED) {
        expect({ projection, documents: withoutFieldNames(after[projection]) }).toEqual({ projection, documents: withoutFieldNames(after.rebuilt[projection]) });
      }
    });

  });
}
