import { pooledRandomBytes } from '../random-pool';
import { SubjectKey, SubjectKeyStore } from '../subject-keys';
import { KeyRecords, StoredKey } from './key-records';
import { MasterKey, MasterKeyError } from './master-key';

const CACHE_MS = 5_000;
const RESEAL_BATCH = 500;

/**
 * The subject-key store over any KeyRecords adapter: a short cache (every sealed read asks for a
 * key), and with a master key, envelope encryption of every key at rest, so the key file or
 * collection alone opens nothing.
 */
export class CustodiedSubjectKeys implements SubjectKeyStore {
  private readonly cache = new Map<string, { key: SubjectKey; until: number }>();
  private pending?: { ids: Set<string>; written: Promise<unknown> };

  constructor(private readonly records: KeyRecords, private readonly master?: MasterKey) {}

  /**
   * Before serving: with a master key, wrap the keys still stored plain (keys from before the
   * master key, or migrated ones) and check the master key opens a wrapped one; without one,
   * refuse a store whose keys are wrapped. Either mistake stops start-up rather than read as erasure.
   */
  async prepare(): Promise<{ resealed: number }> {
    if (!this.master) {
      if (await this.records.anySealed()) throw new MasterKeyError(`the subject keys in ${this.records.location} are wrapped by a master key: set CRM_MASTER_KEY`);
      return { resealed: 0 };
    }
    const probe = await this.records.anySealed();
    if (probe) this.master.unwrap(probe.id, probe.material);
    let resealed = 0;
    for (let batch = await this.records.plain(RESEAL_BATCH); batch.length > 0; batch = await this.records.plain(RESEAL_BATCH)) {
      const master = this.master;
      await this.records.reseal(batch.map((r) => ({ id: r.id, expected: r.material, wrapped: master.wrap(r.id, r.material) })));
      resealed += batch.length;
    }
    return { resealed };
  }

  async find(subjectId: string): Promise<SubjectKey> {
    const cached = this.cache.get(subjectId);
    if (cached && cached.until > Date.now()) return cached.key;
    const key = this.open(subjectId, (await this.records.read([subjectId])).get(subjectId));
    // Unknown subjects are not cached: another process may create their key any moment.
    if (key.state !== 'none') this.remember(subjectId, key);
    return key;
  }

  async keyFor(subjectId: string): Promise<Buffer | null> {
    const known = await this.find(subjectId);
    if (known.state === 'active') return known.key;
    if (known.state === 'destroyed') return null;
    await this.createSoon(subjectId);
    // Read back: when another writer created it first, theirs is the key.
    const created = await this.find(subjectId);
    return created.state === 'active' ? created.key : null;
  }

  async ensureKeys(subjectIds: string[]): Promise<void> {
    if (subjectIds.length === 0) return;
    const { offered, inserted } = await this.create(subjectIds);
    // Where our insert won, the key is the one just made: no need to read or unwrap it again.
    for (const id of inserted) this.remember(id, { state: 'active', key: offered.get(id)! });
    const others = subjectIds.filter((id) => !inserted.has(id));
    if (others.length === 0) return;
    const stored = await this.records.read(others);
    for (const id of others) {
      const key = this.open(id, stored.get(id));
      if (key.state !== 'none') this.remember(id, key);
    }
  }

  async destroy(subjectId: string): Promise<void> {
    await this.records.destroy([subjectId]);
    this.remember(subjectId, { state: 'destroyed' });
  }

  close(): Promise<void> {
    return this.records.close();
  }

  /**
   * First uses arriving together (concurrent registrations) share one write: the key store syncs
   * every write to disk, and one sync for many keys is what keeps registrations from queueing on it.
   */
  private createSoon(subjectId: string): Promise<unknown> {
    if (!this.pending) {
      const batch = { ids: new Set<string>(), written: Promise.resolve() as Promise<unknown> };
      batch.written = new Promise((resolve, reject) => setImmediate(() => {
        this.pending = undefined;
        this.create([...batch.ids]).then(resolve, reject);
      }));
      this.pending = batch;
    }
    this.pending.ids.add(subjectId);
    return this.pending.written;
  }

  /** Offers a fresh key for each id; answers the keys offered and the ids that took them (the store keeps an existing key instead). */
  private async create(ids: string[]): Promise<{ offered: Map<string, Buffer>; inserted: Set<string> }> {
    const offered = new Map(ids.map((id) => [id, pooledRandomBytes(32)]));
    const sealed = Boolean(this.master);
    const inserted = await this.records.insertAbsent([...offered].map(([id, key]) => ({ id, material: this.master ? this.master.wrap(id, key) : key, sealed })));
    return { offered, inserted };
  }

  private open(subjectId: string, stored: StoredKey | undefined): SubjectKey {
    if (!stored) return { state: 'none' };
    if (stored.state === 'destroyed') return { state: 'destroyed' };
    if (!stored.sealed) return { state: 'active', key: stored.material };
    if (!this.master) throw new MasterKeyError(`the key of subject ${subjectId} is wrapped by a master key: set CRM_MASTER_KEY`);
    return { state: 'active', key: this.master.unwrap(subjectId, stored.material) };
  }

  /** Bounded: expired entries go first (Map order is insertion order), so a long import does not keep every key. */
  private remember(subjectId: string, key: SubjectKey): void {
    const now = Date.now();
    this.cache.delete(subjectId);
    this.cache.set(subjectId, { key, until: now + CACHE_MS });
    for (const [id, entry] of this.cache) {
      if (entry.until > now) break;
      this.cache.delete(id);
    }
  }
}
