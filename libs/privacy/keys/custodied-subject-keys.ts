import { randomBytes } from 'node:crypto';
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
    await this.create([subjectId]);
    // Read back: when another writer created it first, theirs is the key.
    const created = await this.find(subjectId);
    return created.state === 'active' ? created.key : null;
  }

  async ensureKeys(subjectIds: string[]): Promise<void> {
    if (subjectIds.length === 0) return;
    await this.create(subjectIds);
    const stored = await this.records.read(subjectIds);
    for (const id of subjectIds) {
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

  private async create(ids: string[]): Promise<void> {
    await this.records.insertAbsent(ids.map((id) => {
      const key = randomBytes(32);
      return this.master ? { id, material: this.master.wrap(id, key), sealed: true } : { id, material: key, sealed: false };
    }));
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
