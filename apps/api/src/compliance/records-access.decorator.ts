import { SetMetadata } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { AccessKind } from '../../../../libs/domain/compliance/access.events';
import { holdsPersonal, PersonalReadModel, subjectsOf } from '../../../../libs/privacy/personal-data-inventory';

export const RECORDS_ACCESS = Symbol('RECORDS_ACCESS');

export interface RecordedRead {
  kind: AccessKind;
  /** The data subjects the answer is about (read from the answer, so a redirect names the real one). */
  subjects: (answer: unknown, request: FastifyRequest) => string[];
  /** Query parameters worth keeping with the record; search terms are left out (they are personal data). */
  parameters?: string[];
  /**
   * The answer is a document of this read model (or a page of them): its personal fields, as the
   * inventory names them, are redacted for roles without `personal.read`, and then nothing is recorded.
   */
  personal?: PersonalReadModel;
}

/** Marks a route that answers personal data: AccessLogInterceptor records each answer before it is sent. */
export const RecordsAccess = (read: RecordedRead) => SetMetadata(RECORDS_ACCESS, read);

/** The documents of an answer: the answer itself, or the items of a page. */
export const documentsOf = (answer: unknown): Record<string, unknown>[] => {
  const items = (answer as { items?: unknown } | null)?.items;
  const docs = Array.isArray(items) ? items : [answer];
  return docs.filter((doc): doc is Record<string, unknown> => !!doc && typeof doc === 'object');
};

/**
 * A route answering documents of a read model that copies personal fields (leads, cases, tasks):
 * recorded for the subjects of every document that shows one, redacted for roles without a need.
 */
export const RecordsPersonalRead = (kind: AccessKind, readModel: PersonalReadModel) =>
  RecordsAccess({
    kind, personal: readModel,
    subjects: (answer) => [...new Set(documentsOf(answer).filter((doc) => holdsPersonal(readModel, doc)).flatMap((doc) => subjectsOf(readModel, doc)))],
  });

/** Subjects of answers shaped `{ customerId }` (the 360° view, an export, a consent proof). */
export const subjectOfAnswer = (answer: unknown): string[] => {
  const id = (answer as { customerId?: unknown } | null)?.customerId;
  return typeof id === 'string' ? [id] : [];
};

/** Subjects of an export: the subject asked for and the leads converted into a customer. */
export const subjectsOfExport = (answer: unknown): string[] => {
  const exported = answer as { subjectId?: unknown; leads?: { leadId?: unknown }[] } | null;
  const ids = [exported?.subjectId, ...(exported?.leads ?? []).map((lead) => lead.leadId)];
  return ids.filter((id): id is string => typeof id === 'string');
};

/** Subjects of a page of customers: one record entry per customer returned. */
export const subjectsOfPage = (answer: unknown): string[] =>
  ((answer as { items?: { customerId?: unknown }[] } | null)?.items ?? []).map((item) => item.customerId).filter((id): id is string => typeof id === 'string');

/** The subject named in the route (`:id`), for answers about it that may be empty pages. */
export const subjectOfRoute = (_answer: unknown, request: FastifyRequest): string[] => {
  const id = (request.params as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? [id.toLowerCase()] : [];
};

/** Subjects of a page of duplicate pairs: both customers of every pair (names are shown). */
export const subjectsOfPairs = (answer: unknown): string[] => [
  ...new Set(((answer as { items?: { customerIds?: unknown[] }[] } | null)?.items ?? []).flatMap((pair) => pair.customerIds ?? []).filter((id): id is string => typeof id === 'string')),
];
