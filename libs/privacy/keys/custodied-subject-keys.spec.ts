import { InMemoryDocumentStore } from '../../read-models/testing/in-memory-document-store';
import { CustodiedSubjectKeys } from './custodied-subject-keys';
import { DocumentKeyRecords } from './document-key-records';
import { KeyRecord } from './key-records';

/** Records every insert, so the number of writes to the key store shows. */
class CountingRecords extends DocumentKeyRecords {
  readonly inserts: string[][] = [];
  override async insertAbsent(records: KeyRecord[]): Promise<Set<string>> {
    this.inserts.push(records.map((r) => r.id));
    return super.insertAbsent(records);
  }
}

describe('subject keys created on first use', () => {
  it('writes the keys of subjects registered at the same moment in one write, each its own key', async () => {
    const records = new CountingRecords(new InMemoryDocumentStore());
    const keys = new CustodiedSubjectKeys(records);
    const created = await Promise.all(['a', 'b', 'c', 'a'].map((id) => keys.keyFor(id)));
    expect(records.inserts).toEqual([['a', 'b', 'c']]);
    expect(created[0]).toEqual(created[3]);
    expect(new Set(created.map((k) => k?.toString('hex'))).size).toBe(3);
  });

  it('fails every first use of a batch whose write failed, and the next first use tries again', async () => {
    const records = new CountingRecords(new InMemoryDocumentStore());
    const keys = new CustodiedSubjectKeys(records);
    const failing = jest.spyOn(records, 'insertAbsent').mockRejectedValueOnce(new Error('disk full'));
    await expect(Promise.all([keys.keyFor('a'), keys.keyFor('b')])).rejects.toThrow('disk full');
    failing.mockRestore();
    expect(await keys.keyFor('a')).toHaveLength(32);
  });
});
