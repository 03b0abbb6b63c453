import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LeaseStore } from './lease-store';
import { SqliteLeaseStore } from './sqlite-lease-store';
import { describeLeaseStoreContract } from './testing/lease-store.contract';

describeLeaseStoreContract('SQLite file shared by connections', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'crm-leases-'));
  const connections: LeaseStore[] = [];
  return {
    connect: (clock) => {
      const store = new SqliteLeaseStore(join(dir, 'leases.db'), clock);
      connections.push(store);
      return store;
    },
    cleanup: async () => {
      await Promise.all(connections.map((c) => c.close()));
      await rm(dir, { recursive: true, force: true });
    },
  };
});
