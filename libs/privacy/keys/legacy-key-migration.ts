import { DocumentStore } from '../../read-models/document-store.port';
import { LEGACY_SUBJECT_KEYS_COLLECTION } from '../subject-keys';
import { KeyRecords } from './key-records';

const BATCH = 1000;

/**
 * Keys from before the key store had its own custody sit in the read-model store's `subject_keys`
 * collection (`{ key: base64 }` active, `{ key: null }` destroyed). Before serving, they are
 * copied into the key store and the old collection is dropped and scrubbed, so no key is left
 * where a read-model rebuild could lose it or where a destroyed key could outlive its erasure.
 * Idempotent: an insert never replaces a key, destroyed always wins, and a crash before the drop
 * only repeats the copy.
 */
export async function migrateLegacyKeys(readModels: DocumentStore, keys: KeyRecords): Promise<{ active: number; destroyed: number }> {
  if (!(await readModels.listCollections()).includes(LEGACY_SUBJECT_KEYS_COLLECTION)) return { active: 0, destroyed: 0 };
  // One read: the embedded adapter serves a sorted or skipped find by scanning the collection, so
  // paging would scan it once per page (bench/subject-keys.ts: 100 000 keys move in about 1.3 s).
  const docs = await readModels.collection(LEGACY_SUBJECT_KEYS_COLLECTION).find({});
  let active = 0;
  let destroyed = 0;
  for (let start = 0; start < docs.length; start += BATCH) {
    const batch = docs.slice(start, start + BATCH);
    const live = batch.filter((doc) => typeof doc.key === 'string');
    const gone = batch.filter((doc) => typeof doc.key !== 'string').map((doc) => doc._id);
    await keys.insertAbsent(live.map((doc) => ({ id: doc._id, material: Buffer.from(doc.key as string, 'base64'), sealed: false })));
    if (gone.length > 0) await keys.destroy(gone);
    active += live.length;
    destroyed += gone.length;
  }
  await readModels.dropCollection(LEGACY_SUBJECT_KEYS_COLLECTION);
  await readModels.scrub?.();
  return { active, destroyed };
}
