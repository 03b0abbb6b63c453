import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CustodiedSubjectKeys } from '../libs/privacy/keys/custodied-subject-keys';
import { DocumentKeyRecords } from '../libs/privacy/keys/document-key-records';
import { KeyRecords } from '../libs/privacy/keys/key-records';
import { migrateLegacyKeys } from '../libs/privacy/keys/legacy-key-migration';
import { MasterKey } from '../libs/privacy/keys/master-key';
import { SqliteKeyRecords } from '../libs/privacy/keys/sqlite-key-records';
import { LEGACY_SUBJECT_KEYS_COLLECTION } from '../libs/privacy/subject-keys';
import { SqliteDocumentStore } from '../libs/read-models/sqlite/sqlite-document-store';
import { Figure } from './figure';

const perSecond = (count: number, started: number) => Math.round(count / ((performance.now() - started) / 1000));

/** Keys of an import (ensureKeys, 1000 a batch), first use one at a time (a registration), then cold reads. */
async function rates(records: KeyRecords, subjects: number, master?: MasterKey): Promise<{ bulk: number; single: number; concurrent: number; reads: number }> {
  const keys = new CustodiedSubjectKeys(records, master);
  const ids = Array.from({ length: subjects }, (_, i) => `bulk-${i}`);
  let started = performance.now();
  for (let i = 0; i < ids.length; i += 1000) await keys.ensureKeys(ids.slice(i, i + 1000));
  const bulk = perSecond(subjects, started);
  const singles = Math.max(200, Math.round(subjects / 50));
  started = performance.now();
  for (let i = 0; i < singles; i++) await keys.keyFor(`single-${i}`);
  const single = perSecond(singles, started);
  started = performance.now();
  // 32 registrations in flight at once, as under HTTP load.
  for (let i = 0; i < singles; i += 32) await Promise.all(Array.from({ length: 32 }, (_, j) => keys.keyFor(`concurrent-${i + j}`)));
  const concurrent = perSecond(singles, started);
  const cold = new CustodiedSubjectKeys(records, master); // empty cache: every find reads the store
  started = performance.now();
  for (const id of ids) await cold.find(id);
  const reads = perSecond(subjects, started);
  await keys.close();
  return { bulk, single, concurrent, reads };
}

/**
 * The key store's own file (synchronous=FULL) beside the previous custody — the same keys as
 * documents in the read-model file (synchronous=NORMAL) — plus the master key's cost and the
 * one-time move of an old data directory's keys.
 */
export async function benchSubjectKeys(dir: string, subjects: number): Promise<Figure[]> {
  await mkdir(dir, { recursive: true });
  const before = await rates(new DocumentKeyRecords(new SqliteDocumentStore(join(dir, 'read-models.db')), 'read-models.db'), subjects);
  const own = await rates(new SqliteKeyRecords(join(dir, 'subject-keys.db')), subjects);
  const wrapped = await rates(new SqliteKeyRecords(join(dir, 'wrapped-keys.db')), subjects, new MasterKey(randomBytes(32)));

  const legacy = new SqliteDocumentStore(join(dir, 'legacy-read-models.db'));
  for (let i = 0; i < subjects; i += 1000) {
    await legacy.commit(Array.from({ length: Math.min(1000, subjects - i) }, (_, j) => ({
      collection: LEGACY_SUBJECT_KEYS_COLLECTION, doc: { _id: `old-${i + j}`, _position: 1, key: randomBytes(32).toString('base64') },
    })));
  }
  const target = new SqliteKeyRecords(join(dir, 'migrated-keys.db'));
  const started = performance.now();
  await migrateLegacyKeys(legacy, target);
  const migrationSeconds = (performance.now() - started) / 1000;
  await Promise.all([legacy.close(), target.close()]);

  const baseline = (name: string, value: number) => ({ name: `the same keys as documents in the read-model file (the old custody, synchronous=NORMAL): ${name}`, value });
  return [
    { name: `subject keys, own file: ensureKeys of ${subjects} subjects`, value: own.bulk, unit: 'keys/s', baseline: baseline('ensureKeys', before.bulk) },
    { name: 'subject keys, own file: keyFor one new subject at a time', value: own.single, unit: 'keys/s', baseline: baseline('keyFor', before.single) },
    { name: 'subject keys, own file: keyFor, 32 new subjects in flight', value: own.concurrent, unit: 'keys/s', baseline: baseline('keyFor, 32 in flight', before.concurrent) },
    { name: 'subject keys, own file: find, cache cold', value: own.reads, unit: 'reads/s', baseline: baseline('find', before.reads) },
    { name: 'subject keys, own file + CRM_MASTER_KEY: ensureKeys', value: wrapped.bulk, unit: 'keys/s', baseline: { name: 'own file, no master key', value: own.bulk } },
    { name: 'subject keys, own file + CRM_MASTER_KEY: find, cache cold', value: wrapped.reads, unit: 'reads/s', baseline: { name: 'own file, no master key', value: own.reads } },
    { name: `move ${subjects} keys out of an old read-models.db`, value: Math.round(migrationSeconds * 10) / 10, unit: 's' },
  ];
}
