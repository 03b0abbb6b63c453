import { dropTestDatabase } from '../testing/engines/temp-mongo-store';
import { MONGO_SKIP_HOW, mongoTarget } from '../testing/engines/mongodb-target';
import { describeSkipped } from '../testing/engines/skip-notice';
import { LeaseStore } from './lease-store';
import { MongoLeaseStore } from './mongo-lease-store';
import { describeLeaseStoreContract } from './testing/lease-store.contract';

const target = mongoTarget();

if (!target) {
  describeSkipped('MongoLeaseStore against a MongoDB-protocol server', `no server in this run: ${MONGO_SKIP_HOW}`);
} else {
  const url = target.url;
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
        await dropTestDatabase(url, databaseName);
      },
    };
  });
}
