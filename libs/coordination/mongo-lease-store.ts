import { Collection, MongoClient, MongoServerError } from 'mongodb';
import { DUPLICATE_KEY, openDurableCollection } from '../read-models/mongodb/durable-collection';
import { Lease, LeaseStore } from './lease-store';

interface LeaseDoc {
  _id: string;
  holder: string;
  token: number;
  expiresAt: number;
}


/**
 * Leases in collection `leases` of a database apart from the read models. Each operation is one
 * conditional single-document update (compare-and-set on holder, token and expiry); a lease
 * nobody took yet is created by an insert, which a concurrent creator loses by the unique _id.
 * Expiry compares the callers' clocks, so the lease time must exceed the clock skew between hosts.
 */
export class MongoLeaseStore implements LeaseStore {
  readonly location: string;
  private readonly client: MongoClient;
  private readonly leases: Collection<LeaseDoc>;

  constructor(url: string, databaseName: string, private readonly now: () => number = Date.now) {
    ({ client: this.client, collection: this.leases, location: this.location } = openDurableCollection<LeaseDoc>(url, databaseName, 'leases'));
  }

  async acquire(name: string, holder: string, ttlMs: number): Promise<Lease | null> {
    const now = this.now();
    const expiresAt = now + ttlMs;
    // Ours and live: a renewal, same token.
    const renewed = await this.leases.findOneAndUpdate({ _id: name, holder, expiresAt: { $gt: now } }, { $set: { expiresAt } }, { returnDocument: 'after' });
    if (renewed) return toLease(renewed);
    // Expired (or released): a new tenure, next token.
    const taken = await this.leases.findOneAndUpdate({ _id: name, expiresAt: { $lte: now } }, { $set: { holder, expiresAt }, $inc: { token: 1 } }, { returnDocument: 'after' });
    if (taken) return toLease(taken);
    try {
      await this.leases.insertOne({ _id: name, holder, token: 1, expiresAt });
      return { name, holder, token: 1, expiresAt };
    } catch (error) {
      if (error instanceof MongoServerError && error.code === DUPLICATE_KEY) return null;
      throw error;
    }
  }

  async renew(lease: Lease, ttlMs: number): Promise<Lease | null> {
    const now = this.now();
    const renewed = await this.leases.findOneAndUpdate(
      { _id: lease.name, holder: lease.holder, token: lease.token, expiresAt: { $gt: now } },
      { $set: { expiresAt: now + ttlMs } },
      { returnDocument: 'after' },
    );
    return renewed ? toLease(renewed) : null;
  }

  async current(name: string): Promise<Lease | null> {
    const found = await this.leases.findOne({ _id: name, expiresAt: { $gt: this.now() } });
    return found ? toLease(found) : null;
  }

  async isCurrent(lease: Lease): Promise<boolean> {
    const found = await this.leases.findOne({ _id: lease.name, holder: lease.holder, token: lease.token, expiresAt: { $gt: this.now() } });
    return found !== null;
  }

  async release(lease: Lease): Promise<void> {
    // Expired, not deleted: the token must keep growing for the next holder.
    await this.leases.updateOne({ _id: lease.name, holder: lease.holder, token: lease.token }, { $set: { expiresAt: 0 } });
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}

const toLease = (doc: LeaseDoc): Lease => ({ name: doc._id, holder: doc.holder, token: doc.token, expiresAt: doc.expiresAt });
