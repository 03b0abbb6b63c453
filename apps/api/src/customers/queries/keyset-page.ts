import { Doc, DocumentCollection } from '../../../../../libs/read-models/document-store.port';
import { problem, ProblemError } from '../../http/problem';
import { decodeCursor, Page, page } from '../../http/cursor';

type Condition = Record<string, unknown>;

/**
 * One page of customers in the asked order, by keyset: the cursor holds the last item's sort key
 * and id, the next page starts strictly after it, so any page costs the same however deep.
 */
export async function keysetPage(collection: DocumentCollection, filter: Condition[], order: string | undefined, limit: number, cursor: string | undefined): Promise<Page<Doc>> {
  const after = decodeCursor(cursor);
  if (!order) {
    if (after) filter = [...filter, { _id: { $gt: String(after[0]) } }];
    const docs = await collection.find(filter.length ? { $and: filter } : {}, { sort: { _id: 1 }, limit: limit + 1 });
    return page(docs, limit, (doc) => [doc._id]);
  }
  const direction = order.startsWith('-') ? -1 : 1;
  const field = `sortKeys.${order.replace(/^-/, '')}`;
  if (after) {
    if (after.length !== 2 || typeof after[0] !== 'string') throw wrongCursor();
    const [value, id] = [after[0], String(after[1])];
    const beyond = direction === 1 ? '$gt' : '$lt';
    filter = [...filter, { $or: [{ [field]: { [beyond]: value } }, { [field]: value, _id: { [beyond]: id } }] }];
  }
  const docs = await collection.find(filter.length ? { $and: filter } : {}, { sort: { [field]: direction, _id: direction }, limit: limit + 1 });
  return page(docs, limit, (doc) => [sortValue(doc, field), doc._id]);
}

const sortValue = (doc: Doc, field: string): string => String((doc.sortKeys as Record<string, unknown> | undefined)?.[field.slice('sortKeys.'.length)] ?? '');

function wrongCursor(): ProblemError {
  const message = 'belongs to another order; start again without a cursor';
  return new ProblemError(problem(400, 'bad-cursor', `cursor ${message}`, { errors: [{ field: 'cursor', message }] }));
}
