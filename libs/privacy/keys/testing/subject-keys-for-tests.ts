import { join } from 'node:path';
import { DocumentStore } from '../../../read-models/document-store.port';
import { InMemoryDocumentStore } from '../../../read-models/testing/in-memory-document-store';
import { CustodiedSubjectKeys } from '../custodied-subject-keys';
import { DocumentKeyRecords } from '../document-key-records';
import { SqliteKeyRecords } from '../sqlite-key-records';

/** A subject-key store in memory (or in the given store), for specs and benches that need no files. */
export function inMemorySubjectKeys(store: DocumentStore = new InMemoryDocumentStore()): CustodiedSubjectKeys {
  return new CustodiedSubjectKeys(new DocumentKeyRecords(store, 'memory'));
}

/** The keys an embedded process keeps in `dataDir` (no master key), for tests that reopen its files. */
export function embeddedSubjectKeys(dataDir: string, file = 'subject-keys.db'): CustodiedSubjectKeys {
  return new CustodiedSubjectKeys(new SqliteKeyRecords(join(dataDir, file)));
}
