import { InMemoryDocumentStore } from '../read-models/testing/in-memory-document-store';
import { SUBJECT_KEYS_COLLECTION, SubjectKeyStore } from './subject-keys';

describe('subject keys created in bulk for an import', () => {
  it('creates a key for each new subject in one commit and keeps the keys subjects already have', async () => {
    const store = new InMemoryDocumentStore();
    const keys = new SubjectKeyStore(store);
    const existing = await keys.keyFor('a');
    const commit = jest.spyOn(store, 'commit');
    await keys.ensureKeys(['a', 'b', 'c']);
    expect(commit).toHaveBeenCalledTimes(1);
    expect(commit.mock.calls[0][0].map((write) => write.doc._id)).toEqual(['b', 'c']);
    expect(await keys.keyFor('a')).toEqual(existing);
    expect(await store.collection(SUBJECT_KEYS_COLLECTION).count({})).toBe(3);
  });

  it('never brings back the key of an erased subject', async () => {
    const store = new InMemoryDocumentStore();
    const keys = new SubjectKeyStore(store);
    await keys.keyFor('gone');
    await keys.destroy('gone');
    await keys.ensureKeys(['gone']);
    expect(await new SubjectKeyStore(store).keyFor('gone')).toBeNull();
  });
});
