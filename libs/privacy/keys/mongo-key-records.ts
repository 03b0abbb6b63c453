import { Binary, Collection, MongoBulkWriteError, MongoClient, MongoServerError } from 'mongodb';
import { DUPLICATE_KEY, openDurableCollection } from '../../read-models/mongodb/durable-collection';
import { KeyRecord, KeyRecords, Reseal, StoredKey } from './key-records';

interface KeyDoc {
  _id: string;
  material: Binary | null;
  sealed: boolean;
  createdAt: Date;
  destroyedAt?: Date;
}


/**
 * The distributed key store: collection `subject_keys` in a database of its own (never the read
 * models' database), so no rebuild or drop of read models reaches it. A null material is a
 * destroyed key.
 */
export class MongoKeyRecords implements KeyRecords {
  readonly location: string;
  private readonly client: MongoClient;
  private readonly keys: Collection<KeyDoc>;

  constructor(url: string, databaseName: string) {
    ({ client: this.client, collection: this.keys, location: this.location } = openDurableCollection<KeyDoc>(url, databaseName, 'subject_keys'));
  }

  async read(ids: string[]): Promise<Map<string, StoredKey>> {
    const found = new Map<string, StoredKey>();
    for await (const doc of this.keys.find({ _id: { $in: ids } })) found.set(doc._id, stored(doc));
    return found;
  }

  async insertAbsent(records: KeyRecord[]): Promise<Set<string>> {
    if (records.length === 0) return new Set();
    const createdAt = new Date();
    try {
      await this.keys.insertMany(records.map((r) => ({ _id: r.id, material: new Binary(r.material), sealed: r.sealed, createdAt })), { ordered: false });
      return new Set(records.map((r) => r.id));
    } catch (error) {
      // An id already there keeps its record: that is the point, so only other failures count —
      // a write-concern failure among them (the keys written may not survive a failover).
      if (!onlyDuplicates(error)) throw error;
      const refused = new Set([(error as MongoBulkWriteError).writeErrors].flat().map((e) => e.index));
      return new Set(records.filter((_, i) => !refused.has(i)).map((r) => r.id));
    }
  }

  async destroy(ids: string[]): Promise<void> {
    const now = new Date();
    const destroyOne = (id: string) => this.keys.updateOne(
      { _id: id },
      { $set: { material: null, sealed: false }, $min: { destroyedAt: now }, $setOnInsert: { createdAt: now } },
      { upsert: true },
    );
    for (const id of ids) {
      try {
        await destroyOne(id);
      } catch (error) {
        // Two upserts of an unknown id raced: the record exists now, so the update applies.
        if (!(error instanceof MongoServerError && error.code === DUPLICATE_KEY)) throw error;
        await destroyOne(id);
      }
    }
  }

  async plain(limit: number): Promise<KeyRecord[]> {
    const docs = await this.keys.find({ sealed: false, material: { $ne: null } }).limit(limit).toArray();
    return docs.map(toRecord);
  }

  async anySealed(): Promise<KeyRecord | null> {
    const doc = await this.keys.findOne({ sealed: true, material: { $ne: null } });
    return doc ? toRecord(doc) : null;
  }

  async reseal(updates: Reseal[]): Promise<void> {
    if (updates.length === 0) return;
    await this.keys.bulkWrite(updates.map((u) => ({
      updateOne: { filter: { _id: u.id, sealed: false, material: new Binary(u.expected) }, update: { $set: { material: new Binary(u.wrapped), sealed: true } } },
    })), { ordered: false });
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}

function onlyDuplicates(error: unknown): boolean {
  if (!(error instanceof MongoBulkWriteError)) return false;
  const failures = [error.writeErrors].flat();
  return failures.length > 0 && failures.every((e) => e.code === DUPLICATE_KEY) && !error.result?.getWriteConcernError();
}

function stored(doc: KeyDoc): StoredKey {
  return doc.material ? { state: 'active', material: Buffer.from(doc.material.value()), sealed: doc.sealed } : { state: 'destroyed' };
}

const toRecord = (doc: KeyDoc): KeyRecord => ({ id: doc._id, material: Buffer.from((doc.material as Binary).value()), sealed: doc.sealed });
