import { UnsafeQueryError } from '../errors';
import { MongoDocumentStore } from './mongo-document-store';

// Nothing listens on port 1: any call that reached the network would fail on server selection
// instead of with the refusal expected here, so these prove the checks run before any I/O.
const UNREACHABLE = 'mongodb://127.0.0.1:1/refusals?serverSelectionTimeoutMS=300&connectTimeoutMS=300';

describe('MongoDocumentStore before it reaches a server', () => {
  let store: MongoDocumentStore;
  beforeEach(() => (store = new MongoDocumentStore(UNREACHABLE)));
  afterEach(async () => store.close());

  it('refuses $where, $function and $accumulator without sending the query', async () => {
    const people = store.collection('people');
    await expect(people.find({ $where: 'this.name && true' })).rejects.toThrow(UnsafeQueryError);
    await expect(people.findOne({ $or: [{ a: 1 }, { $where: 'true' }] })).rejects.toThrow(UnsafeQueryError);
    await expect(people.count({ $expr: { $function: { body: 'return true', args: [], lang: 'js' } } })).rejects.toThrow(UnsafeQueryError);
    await expect(people.aggregate([{ $group: { _id: null, x: { $accumulator: {} } } }])).rejects.toThrow(UnsafeQueryError);
  });

  it('refuses an aggregation that would write with $out or $merge', async () => {
    await expect(store.collection('people').aggregate([{ $out: 'customers' }])).rejects.toThrow(/only read/);
  });

  it('refuses invalid collection names on every entry point', async () => {
    await expect(store.collection('a b').find({})).rejects.toThrow(/invalid collection name/);
    await expect(store.commit([{ collection: 'system.users', doc: { _id: 'a', _position: 1 } }])).rejects.toThrow(/invalid collection name/);
    await expect(store.ensureIndexes('x$y', [{ fields: { a: 1 } }])).rejects.toThrow(/invalid collection name/);
    await expect(store.dropCollection('')).rejects.toThrow(/invalid collection name/);
  });

  it('does nothing for an empty commit', async () => {
    await expect(store.commit([])).resolves.toBeUndefined();
  });
});
