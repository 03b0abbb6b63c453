import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { decodeCursor, Page, page } from '../http/cursor';
import { ReadModels } from '../read-side/read-models.service';
import { actorClause, AuditEventsQuery, AuditItem, windowClause } from './compliance.queries';

/** Every change event, of any aggregate, by actor and system time, in log order. */
@QueryHandler(AuditEventsQuery)
export class AuditEventsHandler implements IQueryHandler<AuditEventsQuery> {
  constructor(@Inject(ReadModels) private readonly readModels: ReadModels) {}

  async execute({ filter, limit, cursor }: AuditEventsQuery): Promise<Page<AuditItem>> {
    const clauses = [...actorClause(filter.actorId), ...windowClause('recordedAt', filter.from, filter.to)];
    const after = decodeCursor(cursor);
    if (after) clauses.push({ position: { $gt: Number(after[0]) } });
    const audit = await this.readModels.collection('audit');
    const found = await audit.find(clauses.length ? { $and: clauses } : {}, { sort: { position: 1 }, limit: limit + 1 });
    const items: Record<string, unknown>[] = found.map(({ _id, _position, ...entry }) => ({ eventId: _id, ...entry }));
    return page(items, limit, (item) => [Number(item.position)]);
  }
}
