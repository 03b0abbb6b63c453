import { DocumentCollection } from '../../../../../libs/read-models/document-store.port';
import { decodeCursor, Page, page } from '../../http/cursor';
import { DocumentView, viewOf } from '../../http/document-lists';

/** A page in id order of documents that carry their owner's `partnerId`, narrowed to a partner key's subtree when given. */
export async function partnerOwnedPage(
  collection: DocumentCollection, subtree: string[] | undefined, query: { limit?: number; cursor?: string }, view: ReturnType<typeof viewOf>,
): Promise<Page<DocumentView>> {
  const limit = query.limit ?? 50;
  const after = decodeCursor(query.cursor);
  const clauses: Record<string, unknown>[] = [];
  if (subtree) clauses.push({ partnerId: { $in: subtree } });
  if (after) clauses.push({ _id: { $gt: String(after[0]) } });
  const docs = await collection.find(clauses.length ? { $and: clauses } : {}, { sort: { _id: 1 }, limit: limit + 1 });
  const found = page(docs, limit, (doc) => [doc._id]);
  return { items: found.items.map(view), nextCursor: found.nextCursor };
}
