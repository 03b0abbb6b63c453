/**
 * The access log: every answered read of a data subject's personal data is a fact in the log,
 * appended before the answer leaves the API (stream `access-log-<UTC day>`).
 */
export const PERSONAL_DATA_ACCESSED = 'crm.compliance.personal-data-accessed';

/** What was read: the kind of answer, not its content. */
export const ACCESS_KINDS = [
  'customer.view',
  'customer.search',
  'customer.timeline',
  'customer.history',
  'customer.consent-proof',
  'subject.export',
  'customer.duplicates',
  'lead.view',
  'lead.list',
  'case.view',
  'case.list',
  'task.view',
  'task.list',
  'feedback.view',
  'feedback.list',
  'customer.contact-point',
] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

/**
 * One event per read, naming every subject it returned (a search page of 500 customers is one
 * event, not 500), so access logging adds one small append per read. The access-log read model
 * fans it out into one entry per subject. Ids only: nothing here is personal data itself, so the
 * record survives the subject's erasure.
 */
export interface PersonalDataAccessed {
  type: typeof PERSONAL_DATA_ACCESSED;
  schemaVersion?: number;
  data: {
    subjectIds: string[];
    kind: AccessKind;
    /** Method and route pattern, e.g. `GET /v1/customers/:id`, or `cli export`. */
    route: string;
    /** The request id (X-Request-Id), also the event's correlation id. */
    requestId: string;
    /** Query parameters that shape the answer and say nothing about the subject (asOf, knownAt…). */
    parameters?: Record<string, string>;
  };
}

/** Streams per UTC day keep each stream short and let appends of one day share a stream with `any`. */
export const accessLogStream = (at: string): string => `access-log-${at.slice(0, 10)}`;
