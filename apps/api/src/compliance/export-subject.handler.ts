import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../../../libs/domain/shared/errors';
import { EventEnvelope } from '../../../../libs/event-store/envelope';
import { EventStore } from '../../../../libs/event-store/event-store.port';
import { GetCustomerQuery } from '../customers/queries/customer.queries';
import { ProblemError } from '../http/problem';
import { EVENT_STORE } from '../infrastructure/tokens';
import { ReadModels } from '../read-side/read-models.service';
import { AccessLogQuery } from './compliance.queries';
import { subjectEvents } from './subject-events';

export type SubjectExport = Record<string, unknown> & { customerId: string };

export class ExportSubjectQuery extends Query<SubjectExport> {
  constructor(readonly subjectId: string) {
    super();
  }
}

/**
 * Right of access (GDPR Art. 15): everything we hold about the subject, personal fields opened
 * from the log — the 360° view, consents and interactions with their history, every event with
 * its data and personal fields, and who read the subject's data before this export.
 */
@QueryHandler(ExportSubjectQuery)
export class ExportSubjectHandler implements IQueryHandler<ExportSubjectQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  async execute({ subjectId }: ExportSubjectQuery): Promise<SubjectExport> {
    const events = await subjectEvents(this.store, this.readModels, subjectId);
    if (!events.some((event) => event.streamId === `customer-${subjectId}`)) throw new NotFoundError('customer', subjectId);
    const view = await this.queries.execute(new GetCustomerQuery(subjectId)).catch((error: unknown) => {
      // A merged record redirects in the API; its own data still belongs in its export.
      if (error instanceof ProblemError && error.problem.status === 308) return { mergedInto: error.problem.survivorId };
      throw error;
    });
    return {
      customerId: subjectId,
      exportedAt: new Date().toISOString(),
      erased: events.some((event) => event.type === 'crm.customer.erased' || event.personalErased === true),
      view,
      consents: events.filter((e) => e.type.startsWith('crm.customer.consent-')).map((e) => ({ ...e.data, granted: e.type.endsWith('-granted'), occurredAt: e.occurredAt, recordedAt: e.recordedAt })),
      interactions: events.filter((e) => e.type === 'crm.interaction.recorded').map((e) => ({ ...e.data, ...e.personal, occurredAt: e.occurredAt, recordedAt: e.recordedAt })),
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
