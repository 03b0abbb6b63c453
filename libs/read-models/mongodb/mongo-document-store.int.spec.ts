import { MongoClient } from 'mongodb';
import { MONGO_SKIP_HOW, mongoTarget } from '../../testing/engines/mongodb-target';
import { describeIf, describeSkipped } from '../../testing/engines/skip-notice';
import { openTempMongoStore } from '../../testing/engines/temp-mongo-store';
import { IndexSpec } from '../document-store.port';
import { DocumentConflictError, DuplicateKeyError } from '../errors';
import { describeDocumentStoreContract, FULL_CAPABILITIES } from '../testing/document-store.contract';
import { MongoDocumentStore, MongoDocumentStoreOptions } from './mongo-document-store';

const target = mongoTarget();

if (!target) {
  describeSkipped('MongoDocumentStore against a MongoDB-protocol server', `no server in this run: ${MONGO_SKIP_HOW}`);
} else {
  const { url, server } = target;
  const can = target.capabilities ?? FULL_CAPABILITIES;
  const lacks = (what: string) => `${server} lacks ${what}; run against MongoDB (MONGODB_URL) to cover it`;
  process.stdout.write(`MongoDocumentStore suites run against ${server} at ${url}\n`);
  /** A database of its own per test, dropped at cleanup, so runs never see each other's data. */
  const openTemp = async (options: MongoDocumentStoreOptions = {}) => {
    const { store, close, databaseName } = openTempMongoStore(url, 'store', options);
    return { store, cleanup: close, databaseName };
  };

  describeDocumentStoreContract(`MongoDB protocol (${server})`, () => openTemp(), can);

  describe('MongoDocumentStore indexes', () => {
    it('opens a database whose indexes exist already, as every restarted process does, and adds one declared later', async () => {
      const { store, cleanup, databaseName } = await openTemp();
      const declared: IndexSpec[] = [{ fields: { customerId: 1 } }, { fields: { customerId: 1, at: 1 } }, { fields: { actor: 1 } }];
      const restarted = new MongoDocumentStore(url, { databaseName });
      try {
        await store.ensureIndexes('history', declared);
        await restarted.ensureIndexes('history', declared);
        await restarted.ensureIndexes('history', [...declared, { fields: { at: -1 } }]);
        await restarted.commit([{ collection: 'history', doc: { _id: 'h', _position: 1, customerId: 'c' } }]);
        const admin = new MongoClient(url);
        try {
          const keys = (await admin.db(databaseName).collection('history').indexes()).map((i) => i.key);
          expect(keys).toEqual(expect.arrayContaining([{ customerId: 1 }, { customerId: 1, at: 1 }, { actor: 1 }, { at: -1 }]));
          expect(keys).toHaveLength(5); // with _id
        } finally {
          await admin.close();
        }
      } finally {
        await restarted.close();
        await cleanup();
      }
    });
  });

  describe('MongoDocumentStore without a transaction (as on a standalone server)', () => {
    it('skips a stale write through the duplicate _id of its guarded upsert', async () => {
      const { store, cleanup } = await openTemp({ transactions: 'never' });
      try {
        await store.commit([{ collection: 'things', doc: { _id: 'x', _position: 5, v: 'five' } }]);
        await store.commit([{ collection: 'things', doc: { _id: 'x', _position: 5, v: 'again' } }, { collection: 'things', doc: { _id: 'y', _position: 1 } }]);
        expect(await store.collection('things').findOne({ _id: 'x' })).toEqual({ _id: 'x', _position: 5, v: 'five' });
        expect(await store.collection('things').count({})).toBe(2);
      } finally {
        await cleanup();
      }
    });

    it('still rejects a failed ifPosition before writing anything', async () => {
      const { store, cleanup } = await openTemp({ transactions: 'never' });
      try {
        await store.commit([{ collection: 'things', doc: { _id: 'x', _position: 5 } }]);
        await expect(store.commit([
          { collection: 'things', doc: { _id: 'y', _position: 1 } },
          { collection: 'things', doc: { _id: 'x', _position: 9 }, ifPosition: 4 },
        ])).rejects.toThrow(DocumentConflictError);
        expect(await store.collection('things').findOne({ _id: 'y' })).toBeNull();
      } finally {
        await cleanup();
      }
    });

    describeIf(can.partialIndexes, 'unique indexes', lacks('partial indexes (partialFilterExpression)'), () => {
      it('reports a unique-index refusal as DuplicateKeyError', async () => {
        const { store, cleanup } = await openTemp({ transactions: 'never' });
        try {
          await store.ensureIndexes('accounts', [{ fields: { email: 1 }, unique: true }]);
          await store.commit([{ collection: 'accounts', doc: { _id: 'a', _position: 1, email: 'a@example.com' } }, { collection: 'accounts', doc: { _id: 'n', _position: 1 } }]);
          await store.commit([{ collection: 'accounts', doc: { _id: 'm', _position: 1 } }]); // no email twice: not a duplicate
          await expect(store.commit([{ collection: 'accounts', doc: { _id: 'b', _position: 1, email: 'a@example.com' } }])).rejects.toThrow(DuplicateKeyError);
        } finally {
          await cleanup();
        }
      });
    });
  });

  describeIf(can.multiDocumentTransactions && can.partialIndexes, 'MongoDocumentStore in a transaction', lacks('multi-document transactions'), () => {
    it('reports a unique-index refusal inside a transaction as DuplicateKeyError and writes nothing', async () => {
      const { store, cleanup } = await openTemp();
      try {
        await store.ensureIndexes('accounts', [{ fields: { email: 1 }, unique: true }]);
        await store.commit([{ collection: 'accounts', doc: { _id: 'a', _position: 1, email: 'a@example.com' } }]);
        await expect(store.commit([{ collection: 'accounts', doc: { _id: 'b', _position: 1, email: 'a@example.com' } }])).rejects.toThrow(DuplicateKeyError);
        expect(await store.collection('accounts').count({})).toBe(1);
      } finally {
        await cleanup();
      }
    });
  });

  describeIf(can.atomicConditionalUpserts, 'MongoDocumentStore under concurrent writers', lacks('atomic conditional upserts'), () => {
    it('keeps every document when concurrent commits race on the same ids', async () => {
      const { store, cleanup } = await openTemp();
      try {
        await Promise.all(Array.from({ length: 8 }, (_, i) => store.commit([
          { collection: 'race', doc: { _id: 'shared', _position: i + 1, by: i } },
          { collection: 'race', doc: { _id: `own-${i}`, _position: 1 } },
        ])));
        expect(await store.collection('race').findOne({ _id: 'shared' })).toMatchObject({ _position: 8, by: 7 });
        expect(await store.collection('race').count({})).toBe(9);
      } finally {
        await cleanup();
      }
    });
  });
}
