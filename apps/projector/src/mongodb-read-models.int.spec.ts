import { messageKey } from '../../../libs/messaging/kafka/kafka-client';
import { partitionOf } from '../../../libs/messaging/kafka/partitioning';
import { PersonalDataSealer } from '../../../libs/privacy/personal-data-sealer';
import { MONGO_SKIP_HOW, mongoTarget } from '../../../libs/testing/engines/mongodb-target';
import { describeSkipped } from '../../../libs/testing/engines/skip-notice';
import { openTempMongoStore } from '../../../libs/testing/engines/temp-mongo-store';
import { EventEnvelope } from '../../../libs/event-store/envelope';
import { allProjections } from '../../api/src/infrastructure/projections';
import { startTestApp, TestApp } from '../../api/src/testing/test-app';
import { PartitionProjector } from './partition-projector';
import { documents } from './testing/pipeline-harness';

const PARTITIONS = 4;
const TOPIC = 'crm.events';

/** Customers, interactions, profile changes and a deal through the API: a log that touches many projections. */
async function writeThroughApi(t: TestApp): Promise<void> {
  const post = async (path: string, body: object, method: 'post' | 'patch' = 'post') => {
    const res = await t.http()[method](path).set(t.auth).send(body);
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${res.text}`);
    return res.body as { id: string };
  };
  for (let i = 0; i < 6; i++) {
    const { id } = await post('/v1/customers', { kind: 'person', name: `Kunde ${i} Ünal`, emails: [`k${i}@example.de`], country: 'DE' });
    await post(`/v1/customers/${id}/interactions`, { channel: 'email', direction: 'inbound', subject: `Anfrage ${i}`, summary: 'Rückruf erbeten' });
    await post(`/v1/customers/${id}`, { name: `Kunde ${i} Öztürk` }, 'patch');
  }
}

/**
 * The projector's write path on the MongoDB protocol: the sealed log an API wrote, split by
 * partition as the relay would, applied batch by batch (one batch delivered twice) by the
 * PartitionProjector into MongoDB read models; every projection must equal what the embedded
 * runner built from the same log.
 */
const target = mongoTarget();
if (!target) {
  describeSkipped('projector into MongoDB read models', `no server in this run: ${MONGO_SKIP_HOW}`);
} else {
  describe(`projector into MongoDB read models on ${target.server}`, () => {
    let t: TestApp;
    let mongo: ReturnType<typeof openTempMongoStore>;
    beforeAll(async () => {
      t = await startTestApp();
      mongo = openTempMongoStore(target.url, 'projector');
    });
    afterAll(async () => {
      await mongo?.close();
      await t?.close();
    });

    it('builds every projection exactly as the embedded runner does, and a redelivered batch changes nothing', async () => {
      await writeThroughApi(t);
      const { rawEventStore, runner, subjectKeys, documentStore } = t.infrastructure;
      const head = await rawEventStore.headPosition();
      expect(await runner.waitForPosition(head, 30_000)).toBe(true);
      const log = await rawEventStore.readAll({ after: 0, limit: 100_000 });

      const projector = new PartitionProjector({
        store: mongo.store, sealer: new PersonalDataSealer(subjectKeys), projections: allProjections, openLog: () => rawEventStore,
      });
      await projector.start();
      const byPartition = new Map<number, EventEnvelope[]>();
      for (const event of log) {
        const partition = partitionOf(messageKey(event), PARTITIONS);
        byPartition.set(partition, [...(byPartition.get(partition) ?? []), event]);
      }
      for (const [partition, events] of byPartition) {
        for (let i = 0; i < events.length; i += 10) await projector.apply(events.slice(i, i + 10), { topic: TOPIC, partition });
        await projector.apply(events.slice(0, 10), { topic: TOPIC, partition }); // a redelivered batch
      }
      expect(projector.stats.events).toBeGreaterThan(log.length);

      const names = allProjections.map((p) => p.name);
      const read = async (store: typeof documentStore) => Object.fromEntries(await Promise.all(names.map(async (n) => [n, await documents(store, n)])));
      const [distributed, embedded] = [await read(mongo.store), await read(documentStore)];
      expect(distributed['customer-360']).toHaveLength(6);
      expect(JSON.stringify(distributed['customer-360'])).toContain('Öztürk');
      expect(distributed).toEqual(embedded);
    });
  });
}
