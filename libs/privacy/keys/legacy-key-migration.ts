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
  const legacy = readModels.collection(LEGACY_SUBJECT_KEYS_COLLECTION);
  let active = 0;
  let destroyed = 0;
  for (let skip = 0; ; skip += BATCH) {
    const docs = await legacy.find({}, { sort: { _id: 1 }, skip, limit: BATCH });
    if (docs.length === 0) break;
    const live = docs.filter((doc) => typeof doc.key === 'string');
    const gone = docs.filter((doc) => typeof doc.key !== 'string').map((doc) => doc._id);
    await keys.insertAbsent(live.map((doc) => ({ id: doc._id, material: Buffer.from(doc.key as string, 'base64'), sealed: false })));
    if (gone.length > 0) await keys.destroy(gone);
    active += live.length;
    destroyed += gone.length;
  }
  await readModels.dropCollection(LEGACY_SUBJECT_KEYS_COLLECTION);
  await readModels.scrub?.();
  return { active, destroyed };
}
