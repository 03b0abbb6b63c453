import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../../../../libs/domain/shared/errors';
import { Doc } from '../../../../../libs/read-models/document-store.port';
import { decodeCursor, Page, page } from '../../http/cursor';
import { ReadModels } from '../../read-side/read-models.service';
import { GetServiceDocumentQuery, ListTasksQuery, View } from './service.queries';

export function documentView(doc: Doc): View {
  const { _id: _i, _position, conditionJson, ...rest } = doc;
  return { ...rest, ...(typeof conditionJson === 'string' ? { condition: JSON.parse(conditionJson) } : {}), position: _position };
}

@QueryHandler(GetServiceDocumentQuery)
export class GetServiceDocumentHandler implements IQueryHandler<GetServiceDocumentQuery> {
  constructor(@Inject(ReadModels) private readonly readModels: ReadModels) {}

  async execute({ projection, entity, id }: GetServiceDocumentQuery): Promise<View> {
    const doc = await (await this.readModels.collection(projection)).findOne({ _id: id });
    if (!doc) throw new NotFoundError(entity, id.slice(0, 128));
    return documentView(doc);
  }
}

@QueryHandler(ListTasksQuery)
export class ListTasksHandler implements IQueryHandler<ListTasksQuery> {
  constructor(@Inject(ReadModels) private readonly readModels: ReadModels) {}

  async execute({ filter, limit, cursor, scope }: ListTasksQuery): Promise<Page<View>> {
    const and: Record<string, unknown>[] = Object.entries(filter).filter(([, v]) => v).map(([k, v]) => ({ [k]: v }));
    if (scope) and.push(scope);
    const after = decodeCursor(cursor);
    if (after) and.push({ _id: { $gt: String(after[0]) } });
    const tasks = await this.readModels.collection('tasks');
    const docs = await tasks.find(and.length ? { $and: and } : {}, { sort: { _id: 1 }, limit: limit + 1 });
    return page(docs.map((d) => ({ ...documentView(d), taskId: d._id })), limit, (view) => [String(view.taskId)]);
  }
}
