import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeDocumentStoreContract } from '../testing/document-store.contract';
import { SqliteDocumentStore } from './sqlite-document-store';
import { findIn } from '../mongo-semantics';

const openTemp = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'rm-sqlite-'));
  const store = new SqliteDocumentStore(join(dir, 'read-models.db'));
  return { store, dir, cleanup: async () => { await store.close(); await rm(dir, { recursive: true, force: true }); } };
};

describeDocumentStoreContract('SQLite', openTemp);

describe('SqliteDocumentStore', () => {
  it('pages a prefix that matches thousands of documents the same whether probed per id or listed, and an index walk stays exact', async () => {
    const { store, cleanup } = await openTemp();
    try {
      await store.ensureIndexes('words', [{ fields: { tokens: 1 } }, { fields: { 'sort.name': 1, _id: 1 } }]);
      const docs = Array.from({ length: 9000 }, (_, i) => ({ _id: `d${String(i).padStart(5, '0')}`, _position: 1, tokens: [i % 3 ? `ma${i % 97}` : `zz${i}`, 'common'], sort: { name: `n${i % 50}` } }));
      await store.commit(docs.map((doc) => ({ collection: 'words', doc })));
      const everyone = await store.collection('words').find({});
      const prefix = { tokens: { $elemMatch: { $gte: 'ma', $lt: 'mb' } } };
      const rare = { tokens: { $elemMatch: { $gte: 'zz1', $lt: 'zz2' } } };
      for (const [filter, sort] of [[prefix, { _id: 1 }], [prefix, { 'sort.name': -1, _id: -1 }], [rare, { _id: 1 }], [{ $and: [prefix, { tokens: 'common' }] }, { _id: 1 }]] as const) {
        const page = await store.collection('words').find(filter, { sort, limit: 30, skip: 5 });
        const expected = findIn(everyone, filter, { sort, limit: 30, skip: 5 });
        expect(page.map((d) => d._id)).toEqual(expected.map((d) => d._id));
      }
    } finally {
      await cleanup();
    }
  });

  it('refuses collection names that could leave the SQL identifier', async () => {
    const { store, cleanup } = await openTemp();
    try {
      await expect(store.commit([{ collection: 'x"; DROP TABLE rm_meta_collections; --', doc: { _id: 'a', _position: 1 } }])).rejects.toThrow(/invalid collection name/);
      expect(() => store.collection('a b')).not.toThrow(); // checked on use, not on handle creation
      await expect(store.collection('a b').find({})).rejects.toThrow(/invalid collection name/);
    } finally {
      await cleanup();
    }
  });

  it('sees documents, indexes and drops made by another connection to the same file', async () => {
    const { store, dir, cleanup } = await openTemp();
    const other = new SqliteDocumentStore(join(dir, 'read-models.db'));
    try {
      await store.collection('shared').find({});
      await other.ensureIndexes('shared', [{ fields: { email: 1 }, unique: true }]);
      await other.commit([{ collection: 'shared', doc: { _id: 'a', _position: 1, email: 'a@example.com' } }]);
      expect(await store.collection('shared').findOne({ email: 'a@example.com' })).toMatchObject({ _id: 'a' });
      await expect(store.commit([{ collection: 'shared', doc: { _id: 'b', _position: 1, email: 'a@example.com' } }])).rejects.toThrow();
      await other.dropCollection('shared');
      expect(await store.collection('shared').find({})).toEqual([]);
    } finally {
      await other.close();
      await cleanup();
    }
  });
});
