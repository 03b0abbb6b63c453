/** A subject's key as stored: its material (wrapped by the master key when `sealed`), or destroyed. */
export type StoredKey = { state: 'active'; material: Buffer; sealed: boolean } | { state: 'destroyed' };

export interface KeyRecord {
  id: string;
  material: Buffer;
  sealed: boolean;
}

/**
 * The storage primitive under the subject-key store, one adapter per engine. It knows nothing of
 * caching or wrapping; its promises are: an insert never replaces a record, and a destroyed
 * record never becomes active again.
 */
export interface KeyRecords {
  /** Where the keys live (a file, a database), for start-up errors and logs. */
  readonly location: string;
  read(ids: string[]): Promise<Map<string, StoredKey>>;
  /** Inserts each record whose id is absent; an id already there (active or destroyed) keeps what it has. Answers the ids this call inserted. */
  insertAbsent(records: KeyRecord[]): Promise<Set<string>>;
  /** Overwrites the material for good; an unknown id is recorded destroyed. */
  destroy(ids: string[]): Promise<void>;
  /** Up to `limit` active records not yet wrapped by a master key. */
  plain(limit: number): Promise<KeyRecord[]>;
  /** One wrapped record, to check a master key against before serving. */
  anySealed(): Promise<KeyRecord | null>;
  /** Replaces each active plain record's material with its wrapped form, if it is still `expected`. */
  reseal(updates: Reseal[]): Promise<void>;
  close(): Promise<void>;
}

export interface Reseal {
  id: string;
  expected: Buffer;
  wrapped: Buffer;
}
