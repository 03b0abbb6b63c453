import { randomBytes } from 'node:crypto';
import { InMemoryDocumentStore } from '../../../read-models/testing/in-memory-document-store';
import { LEGACY_SUBJECT_KEYS_COLLECTION } from '../../subject-keys';
import { CustodiedSubjectKeys } from '../custodied-subject-keys';
import { KeyRecords } from '../key-records';
import { migrateLegacyKeys } from '../legacy-key-migration';
import { MasterKey, MasterKeyError } from '../master-key';

export interface TempKeyStore {
  /** A new connection to the same store, as another process (or a restart) would open it. */
  connect(): KeyRecords;
  /** Removes the store and whatever connections are left open. */
  cleanup(): Promise<void>;
}

/**
 * What every subject-key adapter promises (docs/compliance.md): keys created once and shared by
 * every process, destruction final, keys kept across restarts, a master key that wraps them at
 * rest and fails loudly when wrong, and old keys moved in from the read-model store.
 */
/** `bulkImportSize` above SQLite's 999 bound parameters by default; FerretDB v1 slows superlinearly with the batch (measured: 1,200 keys 71 s, 150 keys 1 s), so its run uses fewer. */
export function describeSubjectKeyStoreContract(adapter: string, openTemp: () => Promise<TempKeyStore>, bulkImportSize = 1200): void {
  describe(`subject-key store contract: ${adapter}`, () => {
    let temp: TempKeyStore;
    beforeEach(async () => {
      temp = await openTemp();
    });
    afterEach(() => temp.cleanup());
    const open = (master?: MasterKey) => new CustodiedSubjectKeys(temp.connect(), master);

    it('creates a 256-bit key on first use and gives every process the same key after a restart', async () => {
      const first = open();
      const key = await first.keyFor('ada');
      expect(key).toHaveLength(32);
      expect(await first.keyFor('ada')).toEqual(key);
      await first.close();
      const restarted = open();
      expect(await restarted.find('ada')).toEqual({ state: 'active', key });
      await restarted.close();
    });

    it('lets concurrent creators in different processes agree on one key', async () => {
      const processes = [open(), open(), open()];
      const keys = await Promise.all(Array.from({ length: 12 }, (_, i) => processes[i % 3].keyFor('grace')));
      for (const key of keys) expect(key).toEqual(keys[0]);
      await Promise.all(processes.map((p) => p.close()));
    });

    it('answers none for a subject it has never seen, without creating a key', async () => {
      const keys = open();
      expect(await keys.find('nobody')).toEqual({ state: 'none' });
      expect(await open().find('nobody')).toEqual({ state: 'none' });
      await keys.close();
    });

    it('makes destruction final: no key again, not from bulk creation, not in another process, not after a restart', async () => {
      const keys = open();
      await keys.keyFor('erased');
      await keys.destroy('erased');
      expect(await keys.keyFor('erased')).toBeNull();
      await keys.ensureKeys(['erased', 'fresh']);
      expect(await keys.find('erased')).toEqual({ state: 'destroyed' });
      await keys.close();
      const other = open();
      expect(await other.keyFor('erased')).toBeNull();
      expect(await other.find('fresh')).toMatchObject({ state: 'active' });
      await other.destroy('erased'); // repeating an erasure is harmless
      expect(await other.find('erased')).toEqual({ state: 'destroyed' });
      await other.close();
    });

    it('records a subject erased before it ever had a key, so none is created later', async () => {
      const keys = open();
      await keys.destroy('never-sealed');
      expect(await open().keyFor('never-sealed')).toBeNull();
      await keys.close();
    });

    it('creates the keys of a bulk import at once and keeps the keys subjects already have', async () => {
      const keys = open();
      const existing = await keys.keyFor('a');
      const ids = Array.from({ length: bulkImportSize }, (_, i) => `bulk-${i}`);
      await keys.ensureKeys(['a', ...ids]);
      const other = open();
      expect(await other.keyFor('a')).toEqual(existing);
      const found = await Promise.all(ids.map((id) => other.find(id)));
      expect(found.every((k) => k.state === 'active')).toBe(true);
      expect(new Set(found.map((k) => (k.state === 'active' ? k.key.toString('hex') : ''))).size).toBe(ids.length);
      await Promise.all([keys.close(), other.close()]);
    });

    it('answers from the same process, after a bulk creation, the key each subject really has: kept, destroyed or new', async () => {
      const first = open();
      const kept = await first.keyFor('kept');
      await first.keyFor('gone');
      await first.destroy('gone');
      await first.close();
      // A process that has seen none of them: what it remembers comes from this bulk creation.
      const keys = open();
      await keys.ensureKeys(['kept', 'gone', 'new-1', 'new-2']);
      expect(await keys.find('kept')).toEqual({ state: 'active', key: kept });
      expect(await keys.find('gone')).toEqual({ state: 'destroyed' });
      const [one, two] = [await keys.find('new-1'), await keys.find('new-2')];
      const other = open();
      expect(await other.find('new-1')).toEqual(one);
      expect(await other.find('new-2')).toEqual(two);
      await Promise.all([keys.close(), other.close()]);
    });

    describe('with a master key (envelope encryption)', () => {
      const master = new MasterKey(randomBytes(32));

      it('stores only wrapped keys, which the same master key opens in another process', async () => {
        const keys = open(master);
        const key = (await keys.keyFor('ada')) as Buffer;
        await keys.ensureKeys(['bob']);
        const records = temp.connect();
        const stored = await records.read(['ada', 'bob']);
        for (const record of stored.values()) {
          expect(record).toMatchObject({ state: 'active', sealed: true });
          if (record.state === 'active') expect(record.material.includes(key)).toBe(false);
        }
        await records.close();
        expect(await open(master).find('ada')).toEqual({ state: 'active', key });
        await keys.close();
      });

      it('stops start-up with a wrong master key, and fails a read loudly instead of reading as erased', async () => {
        const keys = open(master);
        await keys.keyFor('ada');
        await keys.close();
        const wrong = open(new MasterKey(randomBytes(32)));
        await expect(wrong.prepare()).rejects.toThrow(MasterKeyError);
        await expect(wrong.find('ada')).rejects.toThrow(MasterKeyError);
        const without = open();
        await expect(without.prepare()).rejects.toThrow(/set CRM_MASTER_KEY/);
        await expect(without.find('ada')).rejects.toThrow(MasterKeyError);
        await Promise.all([wrong.close(), without.close()]);
      });

      it('wraps the keys stored plain before the master key was set, and they open as before', async () => {
        const plain = open();
        const key = await plain.keyFor('ada');
        await plain.destroy('gone');
        await plain.close();
        const sealed = open(master);
        expect(await sealed.prepare()).toEqual({ resealed: 1 });
        expect(await sealed.prepare()).toEqual({ resealed: 0 });
        expect(await open(master).find('ada')).toEqual({ state: 'active', key });
        expect(await open(master).find('gone')).toEqual({ state: 'destroyed' });
        const records = temp.connect();
        expect((await records.read(['ada'])).get('ada')).toMatchObject({ sealed: true });
        await Promise.all([records.close(), sealed.close()]);
      });
    });

    it('moves keys out of the read-model store once, active and destroyed alike, and drops them there', async () => {
      const readModels = new InMemoryDocumentStore();
      const adaKey = randomBytes(32);
      await readModels.commit([
        { collection: LEGACY_SUBJECT_KEYS_COLLECTION, doc: { _id: 'ada', _position: 1, key: adaKey.toString('base64'), createdAt: '2026-01-01T00:00:00.000Z' } },
        { collection: LEGACY_SUBJECT_KEYS_COLLECTION, doc: { _id: 'gone', _position: 2, key: null, destroyedAt: '2026-02-01T00:00:00.000Z' } },
      ]);
      const records = temp.connect();
      expect(await migrateLegacyKeys(readModels, records)).toEqual({ active: 1, destroyed: 1 });
      expect(await readModels.listCollections()).not.toContain(LEGACY_SUBJECT_KEYS_COLLECTION);
      expect(await migrateLegacyKeys(readModels, records)).toEqual({ active: 0, destroyed: 0 });
      const keys = open();
      expect(await keys.find('ada')).toEqual({ state: 'active', key: adaKey });
      expect(await keys.keyFor('gone')).toBeNull();
      await Promise.all([records.close(), keys.close()]);
    });

    it('never lets a repeated migration bring back a key destroyed since, nor replace a key', async () => {
      const keys = open();
      const current = await keys.keyFor('ada');
      await keys.destroy('gone');
      const readModels = new InMemoryDocumentStore();
      await readModels.commit([
        { collection: LEGACY_SUBJECT_KEYS_COLLECTION, doc: { _id: 'ada', _position: 1, key: randomBytes(32).toString('base64') } },
        { collection: LEGACY_SUBJECT_KEYS_COLLECTION, doc: { _id: 'gone', _position: 1, key: randomBytes(32).toString('base64') } },
      ]);
      const records = temp.connect();
      await migrateLegacyKeys(readModels, records);
      const after = open();
      expect(await after.keyFor('ada')).toEqual(current);
      expect(await after.keyFor('gone')).toBeNull();
      await Promise.all([records.close(), keys.close(), after.close()]);
    });
  });
}
