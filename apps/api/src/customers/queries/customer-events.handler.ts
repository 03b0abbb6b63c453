import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../../../../libs/domain/shared/errors';
import { Doc } from '../../../../../libs/read-models/document-store.port';
import { decodeCursor, Page, page } from '../../http/cursor';
import { ReadModels } from '../../read-side/read-models.service';
import { CustomerEventsQuery, HistoryEntry } from './customer.queries';

/** The customer's events from the history read model, in log order (audit) or business-time order (timeline). */
@QueryHandler(CustomerEventsQuery)
export class CustomerEventsHandler implements IQueryHandler<CustomerEventsQuery> {
  constructor(@Inject(ReadModels) private readonly readModels: ReadModels) {}

  async execute({ customerId, order, limit, cursor, interactionId }: CustomerEventsQuery): Promise<Page<HistoryEntry>> {
    const customers = await this.readModels.collection('customer-360');
    if (!(await customers.findOne({ _id: customerId }))) throw new NotFoundError('customer', customerId);
    const history = await this.readModels.collection('customer-history');
    const after = decodeCursor(cursor);
    // The customerId index serves the query; one customer's entries are few enough to filter further.
    const filter: Record<string, unknown> = { customerId, ...(interactionId ? { 'changes.interactionId': interactionId } : {}) };
    if (order === 'history') {
      if (after) filter.position = { $gt: Number(after[0]) };
      const found = await history.find(filter, { sort: { position: 1 }, limit: limit + 1 });
      return page(found.map(toEntry), limit, (entry) => [Number(entry.position)]);
    }
    if (after) {
      const [occurredAt, position] = [String(after[0]), Number(after[1])];
      filter.$or = [{ occurredAt: { $gt: occurredAt } }, { occurredAt, position: { $gt: position } }];
    }
    const found = await history.find(filter, { sort: { occurredAt: 1, position: 1 }, limit: limit + 1 });
    return page(found.map(toEntry), limit, (entry) => [String(entry.occurredAt), Number(entry.position)]);
  }
}

function toEntry(doc: Doc): HistoryEntry {
  const { _id, _position, ...entry } = doc;
  return { eventId: _id, ...entry };
}
