import { Doc, DocumentCollection, DocumentStore, DocumentWrite, Filter, FindOptions, IndexSpec } from '../document-store.port';
import { DocumentConflictError, DuplicateKeyError } from '../errors';
import { aggregateIn, findIn } from '../mongo-semantics';
import { assertCollectionName } from '../sqlite/sqlite-catalog';
import { indexRows } from '../sqlite/index-keys';

/**
 * A DocumentStore in memory for fast specs. Documents are stored as JSON text, as the real
 * adapters serialise them, so a caller can never mutate what is stored.
 */
export class InMemoryDocumentStore implements DocumentStore {
  private readonly collections = new Map<string, Map<string, string>>();
  private readonly indexes = new Map<string, IndexSpec[]>();

  collection(name: string): DocumentCollection {
    assertCollectionName(name);
    const docs = () => [...(this.collections.get(name)?.values() ?? [])].map((json) => JSON.parse(json) as Doc);
    return {
      findOne: async (filter: Filter) => findIn(docs(), filter, { limit: 1 })[0] ?? null,
      find: async (filter: Filter, options?: FindOptions) => findIn(docs(), filter, options),
      count: async (filter: Filter) => findIn(docs(), filter).length,
      aggregate: async (pipeline: Record<string, unknown>[]) => aggregateIn(docs(), pipeline),
    };
  }

  async ensureIndexes(collection: string, indexes: IndexSpec[]): Promise<void> {
    assertCollectionName(collection);
    const specs = this.indexes.get(collection) ?? [];
    this.indexes.set(collection, [...specs, ...indexes]);
    this.assertUnique(collection, this.collections.get(collection) ?? new Map());
  }

  async commit(writes: DocumentWrite[]): Promise<void> {
    // Work on copies and swap them in at the end: the commit is all or nothing.
    const staged = new Map<string, Map<string, string>>();
    for (const { collection, doc, ifPosition } of writes) {
      assertCollectionName(collection);
      const target = staged.get(collection) ?? new Map(this.collections.get(collection) ?? []);
      staged.set(collection, target);
      const stored = target.get(doc._id);
      const current = stored === undefined ? undefined : (JSON.parse(stored) as Doc)._position;
      if (ifPosition !== undefined) {
        if ((current ?? 0) !== ifPosition) throw new DocumentConflictError(collection, doc._id, ifPosition, current ?? 0);
      } else if (current !== undefined && doc._position <= current) {
        continue;
      }
      target.set(doc._id, JSON.stringify(doc));
    }
    for (const [collection, docs] of staged) this.assertUnique(collection, docs);
    for (const [collection, docs] of staged) this.collections.set(collection, docs);
  }

  async dropCollection(name: string): Promise<void> {
    this.collections.delete(name);
    this.indexes.delete(name);
  }

  async listCollections(): Promise<string[]> {
    return [...this.collections.keys()].sort();
  }

  async close(): Promise<void> {}

  private assertUnique(collection: string, docs: Map<string, string>): void {
    for (const spec of this.indexes.get(collection) ?? []) {
      if (!spec.unique) continue;
      const seen = new Map<string, string>();
      for (const [id, json] of docs) {
        for (const key of indexRows(JSON.parse(json), Object.keys(spec.fields))) {
          const k = JSON.stringify(key);
          const owner = seen.get(k);
          if (owner !== undefined && owner !== id) throw new DuplicateKeyError(collection, k);
          seen.set(k, id);
        }
      }
    }
  }
}
