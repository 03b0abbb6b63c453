import { InMemoryDocumentStore } from '../../read-models/testing/in-memory-document-store';
import { DocumentKeyRecords } from './document-key-records';
import { describeSubjectKeyStoreContract } from './testing/subject-key-store.contract';

// The reference adapter: the same promises, held by a DocumentStore of the keys' own.
describeSubjectKeyStoreContract('DocumentStore reference (in memory)', async () => {
  const store = new InMemoryDocumentStore();
  return { connect: () => new DocumentKeyRecords(store, 'memory'), cleanup: async () => undefined };
});
