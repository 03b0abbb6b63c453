import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeDocumentStoreContract } from '../testing/document-store.contract';
import { SqliteDocumentStore } from './sqlite-document-store';

const openTemp = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'rm-sqlite-'));
  const store = new SqliteDocumentStore(join(dir, 'read-models.db'));
  return { store, dir, cleanup: async () => { await store.close(); await rm(dir, { recursive: true, force: true }); } };
};

describeDocumentStoreContract('SQLite', openTemp);

describe('SqliteDocumentStore', () => {
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
