import { dropTestDatabase } from '../../testing/engines/temp-mongo-store';
import { MONGO_SKIP_HOW, mongoTarget } from '../../testing/engines/mongodb-target';
import { describeSkipped } from '../../testing/engines/skip-notice';
import { KeyRecords } from './key-records';
import { MongoKeyRecords } from './mongo-key-records';
import { describeSubjectKeyStoreContract } from './testing/subject-key-store.contract';

const target = mongoTarget();

if (!target) {
  describeSkipped('MongoKeyRecords against a MongoDB-protocol server', `no server in this run: ${MONGO_SKIP_HOW}`);
} else {
  const url = target.url;
  const run = `${process.pid}_${Date.now().toString(36)}`;
  let opened = 0;
  /** A database of its own per test, dropped at cleanup. */
  describeSubjectKeyStoreContract('MongoDB database of its own', async () => {
    const databaseName = `crm_keys_test_${run}_${++opened}`;
    const connections: KeyRecords[] = [];
    return {
      connect: () => {
        const records = new MongoKeyRecords(url, databaseName);
        connections.push(records);
        return records;
      },
      cleanup: async () => {
        await Promise.all(connections.map((c) => c.close()));
        await dropTestDatabase(url, databaseName);
      },
    };
  }, target.flavor === 'ferretdb' ? 150 : 1200);
}
