import { InvalidValueError } from '../../../../../libs/domain/shared/errors';
import { Doc } from '../../../../../libs/read-models/document-store.port';
import { segmentMembers } from '../../../../../libs/read-models/marketing/segment-members.reader';
import { decodeCursor, encodeCursor, Page, page } from '../../http/cursor';
import { problem, ProblemError } from '../../http/problem';
import { ReadModels } from '../../read-side/read-models.service';

const MEMBER_BATCH = 200;
/** Member batches one page may walk before it answers short, with a cursor to go on from. */
const MAX_BATCHES = 25;

/**
 * `GET /v1/customers?segmentId=`: 422 for a segment the caller cannot see (unknown, or another
 * partner's), 400 with `sort` (members come in customer-id order only). Never ignored.
 */
export async function assertSegmentFilter(readModels: ReadModels, subtree: string[] | undefined, segmentId: string, sort: string | undefined): Promise<void> {
  if (sort) {
    const message = 'a segment lists its members in customer-id order; leave out sort';
    throw new ProblemError(problem(400, 'unsupported-combination', `segmentId ${message}`, { errors: [{ field: 'sort', message }] }));
  }
  const segment = await (await readModels.collection('segments')).findOne({ _id: segmentId });
  const visible = segment && (subtree === undefined || (typeof segment.ownerPartnerId === 'string' && subtree.includes(segment.ownerPartnerId)));
  if (!visible) throw new InvalidValueError([{ field: 'segmentId', message: 'no such segment' }]);
}

/**
 * One page of customer-360 documents of the segment's current members that also match `filter`,
 * in customer-id order: walks the membership index, reads those customers by primary key.
 */
export async function customersInSegment(readModels: ReadModels, segmentId: string, filter: Record<string, unknown>[], limit: number, cursor: string | undefined): Promise<Page<Doc>> {
  const after = decodeCursor(cursor);
  let from = after ? String(after[0]) : undefined;
  const customers = await readModels.collection('customer-360');
  const found: Doc[] = [];
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const members = await segmentMembers(readModels, segmentId, { after: from, limit: MEMBER_BATCH });
    const ids = members.items.map((m) => m.customerId);
    const docs = ids.length ? await customers.find({ $and: [{ _id: { $in: ids } }, ...filter] }, { sort: { _id: 1 } }) : [];
    for (const doc of docs) {
      found.push(doc);
      if (found.length > limit) return page(found, limit, (d) => [d._id]);
    }
    if (members.next === null) return page(found, limit, (d) => [d._id]);
    from = members.next;
  }
  return { items: found, nextCursor: from === undefined ? null : encodeCursor([from]) };
}
