import { MongoClient } from 'mongodb';
import { LeaseStore } from './lease-store';
import { MongoLeaseStore } from './mongo-lease-store';
import { describeLeaseStoreContract } from './testing/lease-store.contract';

const url = process.env.CRM_TEST_MONGODB_URL ?? process.env.MONGODB_URL;
const NOTICE = 'MongoDB lease-store contract skipped: set CRM_TEST_MONGODB_URL (or MONGODB_URL)=mongodb://127.0.0.1:27017/?replicaSet=rs0 to run it';

if (!url) {
  describe.skip('MongoLeaseStore against a real server', () => {
    it('needs a MongoDB server', () => undefined);
  });
  console.info(NOTICE);
} else {
  const run = `${process.pid}_${Date.now().toString(36)}`;
  let opened = 0;
  describeLeaseStoreContract('MongoDB database of its own', async () => {
    const databaseName = `crm_leases_test_${run}_${++opened}`;
    const connections: LeaseStore[] = [];
    return {
      connect: (clock) => {
        const store = new MongoLeaseStore(url, databaseName, clock);
        connections.push(store);
        return store;
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
