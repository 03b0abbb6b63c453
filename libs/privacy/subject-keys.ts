import { randomBytes } from 'node:crypto';
import { DocumentStore } from '../read-models/document-store.port';
import { DocumentConflictError } from '../read-models/errors';

export const SUBJECT_KEYS_COLLECTION = 'subject_keys';

/** What the key store knows of a subject: a key, a destroyed key (erased), or nothing yet. */
export type SubjectKey = { state: 'active'; key: Buffer } | { state: 'destroyed' } | { state: 'none' };

const CACHE_MS = 5_000;

/**
 * Per-subject AES-256 keys kept beside the read models. Destroying a key is erasure: every
 * sealed personal field of that subject becomes unreadable, in the log and in every copy of it.
 * `_position` 1 = created, 2 = destroyed, so the position guard makes destruction final.
 */
export class SubjectKeyStore {
  private readonly cache = new Map<string, { key: SubjectKey; until: number }>();

  constructor(private readonly store: DocumentStore) {}

  async find(subjectId: string): Promise<SubjectKey> {
    const cached = this.cache.get(subjectId);
    if (cached && cached.until > Date.now()) return cached.key;
    const doc = await this.store.collection(SUBJECT_KEYS_COLLECTION).findOne({ _id: subjectId });
    const key: SubjectKey = !doc ? { state: 'none' } : typeof doc.key === 'string' ? { state: 'active', key: Buffer.from(doc.key, 'base64') } : { state: 'destroyed' };
    // Unknown subjects are not cached: another process may create their key any moment.
    if (key.state !== 'none') this.remember(subjectId, key);
    return key;
  }

  /** The subject's key, created on first use; null once erased (nothing personal may be stored then). */
  async keyFor(subjectId: string): Promise<Buffer | null> {
    const known = await this.find(subjectId);
    if (known.state === 'active') return known.key;
    if (known.state === 'destroyed') return null;
    try {
      await this.store.commit([
        { collection: SUBJECT_KEYS_COLLECTION, ifPosition: 0, doc: { _id: subjectId, _position: 1, key: randomBytes(32).toString('base64'), createdAt: new Date().toISOString() } },
      ]);
    } catch (error) {
      // Another writer created it first: use theirs.
      if (!(error instanceof DocumentConflictError)) throw error;
    }
    this.cache.delete(subjectId);
    const created = await this.find(subjectId);
    return created.state === 'active' ? created.key : null;
  }

  /**
   * Creates the keys of many new subjects in one commit (bulk imports), so sealing their first
   * events finds them cached. Subjects that have a key, or had one destroyed, are left alone.
   */
  async ensureKeys(subjectIds: string[]): Promise<void> {
    const keys = this.store.collection(SUBJECT_KEYS_COLLECTION);
    const known = new Set((await keys.find({ _id: { $in: subjectIds } })).map((doc) => doc._id));
    const createdAt = new Date().toISOString();
    const fresh = subjectIds.filter((id) => !known.has(id)).map((id) => ({ _id: id, _position: 1, key: randomBytes(32).toString('base64'), createdAt }));
    if (fresh.length === 0) return;
    try {
      await this.store.commit(fresh.map((doc) => ({ collection: SUBJECT_KEYS_COLLECTION, ifPosition: 0, doc })));
    } catch (error) {
      // Another writer created one of them meanwhile: keyFor settles each subject on first use.
      if (!(error instanceof DocumentConflictError)) throw error;
      return;
    }
    for (const doc of fresh) this.remember(doc._id, { state: 'active', key: Buffer.from(doc.key, 'base64') });
  }

  /** Crypto-shredding: the key is overwritten and can never come back. */
  async destroy(subjectId: string): Promise<void> {
    await this.store.commit([
      { collection: SUBJECT_KEYS_COLLECTION, doc: { _id: subjectId, _position: 2, key: null, destroyedAt: new Date().toISOString() } },
    ]);
    this.remember(subjectId, { state: 'destroyed' });
  }

  /**
   * Entries expire after CACHE_MS but were never dropped, so a long process (a million-row import)
   * kept every subject's key in memory. Map order is insertion order: the oldest entries go first.
   */
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
