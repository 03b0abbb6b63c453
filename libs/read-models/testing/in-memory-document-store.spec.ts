import { describeDocumentStoreContract } from './document-store.contract';
import { InMemoryDocumentStore } from './in-memory-document-store';

describeDocumentStoreContract('in memory', async () => ({ store: new InMemoryDocumentStore(), cleanup: async () => {} }));
