import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { BusinessCalendar } from '../../../../../libs/domain/service/business-time/calendar';
import { NotFoundError } from '../../../../../libs/domain/shared/errors';
import { CaseDocument } from '../../../../../libs/read-models/service/case.document';
import { decodeCursor, Page, page } from '../../http/cursor';
import { ReadModels } from '../../read-side/read-models.service';
import { caseView } from './case-view';
import { GetCaseQuery, ListCasesQuery, View } from './service.queries';

/** The calendars of the policies cases follow, to tell the business time remaining. */
async function calendars(readModels: ReadModels, policyIds: string[]): Promise<Map<string, BusinessCalendar>> {
  const policies = await (await readModels.collection('sla-policies')).find({ _id: { $in: [...new Set(policyIds)] } });
  return new Map(policies.map((p) => [p._id, { timeZone: String(p.timeZone), workingHours: p.workingHours as BusinessCalendar['workingHours'], holidays: p.holidays as string[] }]));
}

@QueryHandler(GetCaseQuery)
export class GetCaseHandler implements IQueryHandler<GetCaseQuery> {
  constructor(@Inject(ReadModels) private readonly readModels: ReadModels) {}

  async execute({ caseId }: GetCaseQuery): Promise<View> {
    const doc = (await (await this.readModels.collection('cases')).findOne({ _id: caseId })) as CaseDocument | null;
    if (!doc) throw new NotFoundError('case', caseId.slice(0, 128));
    const calendar = (await calendars(this.readModels, [doc.slaPolicyId])).get(doc.slaPolicyId) ?? null;
    return caseView(doc, calendar, new Date().toISOString());
  }
}

/** Newest cases first; `breached` also finds cases whose running clock is past due right now. */
@QueryHandler(ListCasesQuery)
export class ListCasesHandler implements IQueryHandler<ListCasesQuery> {
  constructor(@Inject(ReadModels) private readonly readModels: ReadModels) {}

  async execute({ filter, limit, cursor, scope }: ListCasesQuery): Promise<Page<View>> {
    const now = new Date().toISOString();
    const and: Record<string, unknown>[] = scope ? [scope] : [];
    for (const field of ['status', 'customerId', 'priority', 'assignee', 'country'] as const) if (filter[field]) and.push({ [field]: filter[field] });
    if (filter.partners) and.push({ partnerId: { $in: filter.partners } });
    if (filter.breached === true) and.push({ $or: [{ breached: true }, { nextDueAt: { $lte: now } }] });
    if (filter.breached === false) and.push({ breached: false }, { $or: [{ nextDueAt: null }, { nextDueAt: { $gt: now } }] });
    const after = decodeCursor(cursor);
    if (after) {
      const [openedAt, id] = after.map(String);
      and.push({ $or: [{ openedAt: { $lt: openedAt } }, { openedAt, _id: { $lt: id } }] });
    }
    const cases = await this.readModels.collection('cases');
    const docs = (await cases.find(and.length ? { $and: and } : {}, { sort: { openedAt: -1, _id: -1 }, limit: limit + 1 })) as CaseDocument[];
    const byPolicy = await calendars(this.readModels, docs.map((d) => d.slaPolicyId));
    const views = docs.map((doc) => caseView(doc, byPolicy.get(doc.slaPolicyId) ?? null, now));
    return page(views, limit, (view) => [String(view.openedAt), String(view.caseId)]);
  }
}
