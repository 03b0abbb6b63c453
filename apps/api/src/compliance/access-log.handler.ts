import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { decodeCursor, Page, page } from '../http/cursor';
import { ReadModels } from '../read-side/read-models.service';
import { AccessLogItem, AccessLogQuery, actorClause, windowClause } from './compliance.queries';

/** Who read whose personal data, when, in the order it was recorded. */
@QueryHandler(AccessLogQuery)
export class AccessLogHandler implements IQueryHandler<AccessLogQuery> {
  constructor(@Inject(ReadModels) private readonly readModels: ReadModels) {}

  async execute({ filter, limit, cursor }: AccessLogQuery): Promise<Page<AccessLogItem>> {
    const clauses = [
      ...(filter.subjectId ? [{ subjectId: filter.subjectId }] : []),
      ...actorClause(filter.actorId),
      ...windowClause('at', filter.from, filter.to),
    ];
    const after = decodeCursor(cursor);
    if (after) {
      const [position, id] = [Number(after[0]), String(after[1])];
      clauses.push({ $or: [{ position: { $gt: position } }, { position, _id: { $gt: id } }] });
    }
    const log = await this.readModels.collection('access-log');
    const found = await log.find(clauses.length ? { $and: clauses } : {}, { sort: { position: 1, _id: 1 }, limit: limit + 1 });
    const items: Record<string, unknown>[] = found.map(({ _id, _position, ...entry }) => ({ id: _id, ...entry }));
    return page(items, limit, (item) => [Number(item.position), String(item.id)]);
  }
}
