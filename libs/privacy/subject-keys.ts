/** What the key store knows of a subject: a key, a destroyed key (erased), or nothing yet. */
export type SubjectKey = { state: 'active'; key: Buffer } | { state: 'destroyed' } | { state: 'none' };

/**
 * The subject-key port: one AES-256 key per subject, kept apart from the read models (a read-model
 * rebuild or drop never touches it). Destroying a key is erasure: every sealed personal field of
 * that subject becomes unreadable, in the log and in every copy of it. Every adapter passes
 * libs/privacy/keys/testing/subject-key-store.contract.ts.
 */
export interface SubjectKeyStore {
  find(subjectId: string): Promise<SubjectKey>;
  /**
   * The subject's key, created on first use; null once erased (nothing personal may be stored
   * then). Concurrent callers, in any process, get the same key.
   */
  keyFor(subjectId: string): Promise<Buffer | null>;
  /** Creates the keys of many new subjects at once (bulk imports); known and destroyed subjects are left alone. */
  ensureKeys(subjectIds: string[]): Promise<void>;
  /** Crypto-shredding: final, the key can never come back. Destroying an unknown subject records it as erased. */
  destroy(subjectId: string): Promise<void>;
  close(): Promise<void>;
}

/** Where the keys lived before they had a store of their own: a collection of the read-model store. */
export const LEGACY_SUBJECT_KEYS_COLLECTION = 'subject_keys';
