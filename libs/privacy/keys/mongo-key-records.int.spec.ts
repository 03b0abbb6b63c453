import { MongoClient } from 'mongodb';
import { KeyRecords } from './key-records';
import { MongoKeyRecords } from './mongo-key-records';
import { describeSubjectKeyStoreContract } from './testing/subject-key-store.contract';

const url = process.env.MONGODB_URL;
const NOTICE = 'MongoDB key-store contract skipped: set MONGODB_URL=mongodb://127.0.0.1:27017/?replicaSet=rs0 to run it';

if (!url) {
  describe('MongoKeyRecords against a real server', () => {
    it('is skipped because MONGODB_URL is not set', () => {
      console.info(NOTICE);
    });
  });
} else {
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
        const admin = new MongoClient(url);
        try {
          await admin.db(databaseName).dropDatabase();
        } finally {
          await admin.close();
        }
      },
    };
  });
}
