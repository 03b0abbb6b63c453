import { NotFoundError } from '../../../../libs/domain/shared/errors';
import { Doc, DocumentCollection, Filter } from '../../../../libs/read-models/document-store.port';
import { decodeCursor, Page, page } from './cursor';

export type DocumentView = Record<string, unknown>;

/** A read-model document as answered: storage fields out, its id under `idField`, the log position it reflects. */
export const viewOf = (idField: string, hidden: readonly string[] = []) => (doc: Doc): DocumentView => {
  const { _id, _position, ...rest } = doc;
  for (const field of hidden) delete rest[field];
  return { ...rest, [idField]: String(_id), position: _position };
};

/**
 * A page of documents in id order, matching equality filters on indexed fields (undefined ones are
 * ignored) and the optional `scope` (a partner key's subtree); the cursor is the last id returned.
 * Every list of a read model without a better order.
 */
export async function listById(
  collection: DocumentCollection, filter: Record<string, string | undefined>, limit: number, cursor: string | undefined, view: (doc: Doc) => DocumentView,
  scope?: Filter,
): Promise<Page<DocumentView>> {
  const and: Record<string, unknown>[] = Object.entries(filter).filter(([, value]) => value !== undefined).map(([field, value]) => ({ [field]: value }));
  if (scope) and.push(scope);
  const after = decodeCursor(cursor);
  if (after) and.push({ _id: { $gt: String(after[0]) } });
  const docs = await collection.find(and.length ? { $and: and } : {}, { sort: { _id: 1 }, limit: limit + 1 });
  const { items, nextCursor } = page(docs, limit, (doc) => [doc._id]);
  return { items: items.map(view), nextCursor };
}

/** One document by id, or a 404 naming the entity. */
export async function documentById(collection: DocumentCollection, entity: string, id: string, view: (doc: Doc) => DocumentView): Promise<DocumentView> {
  const doc = await collection.findOne({ _id: id });
  if (!doc) throw new NotFoundError(entity, id.slice(0, 128));
  return view(doc);
}
