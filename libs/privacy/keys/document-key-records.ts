import { Doc, DocumentStore, DocumentWrite } from '../../read-models/document-store.port';
import { DocumentConflictError } from '../../read-models/errors';
import { KeyRecord, KeyRecords, Reseal, StoredKey } from './key-records';

const COLLECTION = 'subject_keys';
/** The position guard orders a record's life: created plain or wrapped, then wrapped, then destroyed for good. */
const CREATED = 1;
const RESEALED = 2;
const DESTROYED = 3;

/**
 * Key records in a DocumentStore of their own: the reference adapter (over the in-memory store in
 * tests and benches). Never pass it the read-model store — that is the custody this port ends.
 */
export class DocumentKeyRecords implements KeyRecords {
  constructor(private readonly store: DocumentStore, readonly location = 'a document store') {}

  async read(ids: string[]): Promise<Map<string, StoredKey>> {
    const docs = await this.store.collection(COLLECTION).find({ _id: { $in: ids } });
    return new Map(docs.map((doc) => [doc._id, stored(doc)]));
  }

  async insertAbsent(records: KeyRecord[]): Promise<Set<string>> {
    const writes = records.map((r): DocumentWrite => ({ collection: COLLECTION, ifPosition: 0, doc: toDoc(r, CREATED) }));
    try {
      await this.store.commit(writes);
      return new Set(records.map((r) => r.id));
    } catch (error) {
      if (!(error instanceof DocumentConflictError)) throw error;
      // Some exist already: one at a time, so the absent ones are still created.
      const inserted = new Set<string>();
      for (const [i, write] of writes.entries()) {
        await this.store.commit([write]).then(() => inserted.add(records[i].id), (e: unknown) => { if (!(e instanceof DocumentConflictError)) throw e; });
      }
      return inserted;
    }
  }

  async destroy(ids: string[]): Promise<void> {
    const destroyedAt = new Date().toISOString();
    await this.store.commit(ids.map((id) => ({ collection: COLLECTION, doc: { _id: id, _position: DESTROYED, material: null, sealed: false, destroyedAt } })));
  }

  async plain(limit: number): Promise<KeyRecord[]> {
    const docs = await this.store.collection(COLLECTION).find({ _position: CREATED, sealed: false }, { limit });
    return docs.map(toRecord);
  }

  async anySealed(): Promise<KeyRecord | null> {
    const doc = await this.store.collection(COLLECTION).findOne({ _position: { $lt: DESTROYED }, sealed: true });
    return doc ? toRecord(doc) : null;
  }

  async reseal(updates: Reseal[]): Promise<void> {
    // A plain record stays at CREATED with the same material until it is resealed or destroyed.
    for (const u of updates) {
      await this.store.commit([{ collection: COLLECTION, ifPosition: CREATED, doc: toDoc({ id: u.id, material: u.wrapped, sealed: true }, RESEALED) }])
        .catch((e: unknown) => { if (!(e instanceof DocumentConflictError)) throw e; });
    }
  }

  async close(): Promise<void> {
    await this.store.close();
  }
}

const toDoc = (r: KeyRecord, position: number): Doc => ({ _id: r.id, _position: position, material: r.material.toString('base64'), sealed: r.sealed });

function stored(doc: Doc): StoredKey {
  return typeof doc.material === 'string' ? { state: 'active', material: Buffer.from(doc.material, 'base64'), sealed: doc.sealed === true } : { state: 'destroyed' };
}

const toRecord = (doc: Doc): KeyRecord => ({ id: doc._id, material: Buffer.from(doc.material as string, 'base64'), sealed: doc.sealed === true });
