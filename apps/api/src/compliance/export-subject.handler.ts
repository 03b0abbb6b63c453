import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../../../libs/domain/shared/errors';
import { EventEnvelope } from '../../../../libs/event-store/envelope';
import { EventStore } from '../../../../libs/event-store/event-store.port';
import { leadStream } from '../../../../libs/domain/sales/lead/lead.events';
import { Doc } from '../../../../libs/read-models/document-store.port';
import { GetCustomerQuery } from '../customers/queries/customer.queries';
import { ProblemError } from '../http/problem';
import { EVENT_STORE } from '../infrastructure/tokens';
import { ReadModels } from '../read-side/read-models.service';
import { AccessLogQuery } from './compliance.queries';
import { DataSubjects } from './data-subjects';
import { subjectEvents } from './subject-events';

export type SubjectExport = Record<string, unknown> & { subjectId: string };

export class ExportSubjectQuery extends Query<SubjectExport> {
  constructor(readonly subjectId: string) {
    super();
  }
}

const asRecord = ({ _id, _position, ...doc }: Doc) => doc;

/**
 * Right of access (GDPR Art. 15): everything we hold about a data subject — a customer or a lead —
 * personal fields opened from the log. A customer's export holds the 360° view, consents and
 * interactions with their history, the leads converted into it, its cases, tasks and feedback,
 * every event with its data and personal fields, and who read the subject's data before.
 */
@QueryHandler(ExportSubjectQuery)
export class ExportSubjectHandler implements IQueryHandler<ExportSubjectQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(QueryBus) private readonly queries: QueryBus,
    @Inject(DataSubjects) private readonly subjects: DataSubjects,
  ) {}

  async execute({ subjectId }: ExportSubjectQuery): Promise<SubjectExport> {
    const subject = await this.subjects.find(subjectId);
    if (!subject) throw new NotFoundError('data subject', subjectId);
    return subject.kind === 'lead' ? this.leadExport(subjectId) : this.customerExport(subjectId);
  }

  private async leadExport(leadId: string): Promise<SubjectExport> {
    const events = await this.store.readStream(leadStream(leadId));
    const lead = await (await this.readModels.collection('sales-leads')).findOne({ _id: leadId });
    return {
      subjectId: leadId, kind: 'lead', leadId, exportedAt: new Date().toISOString(),
      erased: events.some((event) => event.type === 'crm.lead.erased' || event.personalErased === true),
      lead: lead ? asRecord(lead) : null,
      events: events.map(exported),
      accessLog: await this.accessLog(leadId),
    };
  }

  private async customerExport(subjectId: string): Promise<SubjectExport> {
    const own = await subjectEvents(this.store, this.readModels, subjectId);
    const view = await this.queries.execute(new GetCustomerQuery(subjectId)).catch((error: unknown) => {
      // A merged record redirects in the API; its own data still belongs in its export.
      if (error instanceof ProblemError && error.problem.status === 308) return { mergedInto: error.problem.survivorId };
      throw error;
    });
    const records = async (name: string, filter: Record<string, unknown> = { customerId: subjectId }) => (await (await this.readModels.collection(name)).find(filter)).map(asRecord);
    const leads = await records('sales-leads');
    const cases = await records('cases');
    // A task may name only a case of the customer: it is about the customer all the same.
    const tasks = await records('tasks', { $or: [{ customerId: subjectId }, { caseId: { $in: cases.map((c) => c.caseId) } }] });
    const leadEvents = (await Promise.all(leads.map((lead) => this.store.readStream(leadStream(String(lead.leadId)))))).flat();
    const events = [...new Map([...own, ...leadEvents].map((event) => [event.eventId, event])).values()].sort((a, b) => a.position - b.position);
    return {
      subjectId, kind: 'customer', customerId: subjectId,
      exportedAt: new Date().toISOString(),
      erased: events.some((event) => event.type === 'crm.customer.erased' || event.personalErased === true),
      view,
      consents: events.filter((e) => e.type.startsWith('crm.customer.consent-')).map((e) => ({ ...e.data, granted: e.type.endsWith('-granted'), occurredAt: e.occurredAt, recordedAt: e.recordedAt })),
      interactions: events.filter((e) => e.type === 'crm.interaction.recorded').map((e) => ({ ...e.data, ...e.personal, occurredAt: e.occurredAt, recordedAt: e.recordedAt })),
      leads,
      cases,
      tasks,
      feedback: await records('feedback'),
      events: events.map(exported),
      accessLog: await this.accessLog(subjectId),
    };
  }

  private async accessLog(subjectId: string): Promise<Record<string, unknown>[]> {
    const entries: Record<string, unknown>[] = [];
    let cursor: string | undefined;
    do {
      const found = await this.queries.execute(new AccessLogQuery({ subjectId }, 500, cursor));
      entries.push(...found.items);
      cursor = found.nextCursor ?? undefined;
    } while (cursor);
    return entries;
  }
}

function exported(event: EventEnvelope): Record<string, unknown> {
  const { eventId, type, schemaVersion, streamId, revision, position, occurredAt, recordedAt, data, personal, personalErased, metadata } = event;
  return {
    eventId, type, schemaVersion, streamId, revision, position, occurredAt, recordedAt, data,
    ...(personal ? { personal } : {}), ...(personalErased ? { personalErased } : {}),
    actor: metadata.actor, source: metadata.source, correlationId: metadata.correlationId,
  };
}
