/**
 * The one personal-data inventory. For every event type: which top-level fields of `personal`
 * hold a data subject's personal data, and which string fields of `data` are facts (ids, codes,
 * instants, business vocabulary) that analytics may keep after erasure. For every read model that
 * copies personal fields: which document fields they are and which fields name their subjects.
 *
 * Sealing (PersonalDataSealer), erasure (the projections and the erase handler), the export, the
 * redaction of answers for roles without a need, and the access log all read these tables;
 * personal-data-inventory.spec.ts walks every declared event type and fails on a string field
 * that is in neither list. A fact pattern `a.**` covers every field under `a`.
 */
export interface EventPrivacy {
  personal: readonly string[];
  facts: readonly string[];
}

const SLA = 'sla.**';
const CASE = ['caseId', 'customerId', SLA] as const;
const OPPORTUNITY = ['opportunityId', 'customerId', 'pipelineId', 'leadId'] as const;
const MERGE = ['customerId', 'mergeId'] as const;
const SLA_POLICY = ['slaPolicyId', 'name', 'timeZone', 'workingHours.**', 'holidays[]', 'targets.**'] as const;
const SECURITY = ['reason', 'route', 'requestId', 'client', 'role', 'windowStart', 'windowEnd'] as const;
const NOTHING: readonly string[] = [];
const event = (personal: readonly string[], facts: readonly string[]): EventPrivacy => ({ personal, facts });

export const EVENT_INVENTORY: Readonly<Record<string, EventPrivacy>> = {
  'crm.customer.registered': event(['name', 'contactPoints', 'addresses', 'externalRefs'], ['customerId', 'country', 'timeZone', 'preferredLanguage', 'currency', 'partnerId']),
  'crm.customer.profile-changed': event(['name', 'addresses', 'externalRefs'], ['customerId', 'country', 'timeZone', 'preferredLanguage', 'currency', 'partnerId']),
  'crm.customer.contact-point-added': event(['value'], ['customerId', 'contactPointId']),
  'crm.customer.contact-point-removed': event(NOTHING, ['customerId', 'contactPointId']),
  'crm.customer.consent-granted': event(NOTHING, ['customerId', 'purpose', 'channel', 'source']),
  'crm.customer.consent-withdrawn': event(NOTHING, ['customerId', 'purpose', 'channel', 'source']),
  // `reason` is the request reference the operator gives ("Art. 17 request #4711"), not the subject's data.
  'crm.customer.erased': event(NOTHING, ['customerId', 'reason', 'caseIds[]', 'taskIds[]', 'feedbackIds[]']),
  'crm.customer.merged-into': event(NOTHING, [...MERGE, 'survivorId']),
  'crm.customer.unmerged': event(NOTHING, [...MERGE, 'survivorId']),
  'crm.customer.absorbed': event(NOTHING, [...MERGE, 'duplicateId']),
  'crm.customer.released': event(NOTHING, [...MERGE, 'duplicateId']),

  'crm.interaction.recorded': event(['subject', 'summary'], ['interactionId', 'customerId', 'agent', 'language', 'consent.**', 'campaign.**']),

  'crm.lead.captured': event(['name', 'email', 'phone', 'company'], ['leadId', 'source', 'campaignId', 'country', 'partnerId', 'industry', 'referrerCustomerId']),
  'crm.lead.signal-recorded': event(NOTHING, ['leadId', 'signalId', 'customerId']),
  // Qualification and disqualification reasons are the sales team's judgement of the lead, kept as facts.
  'crm.lead.qualified': event(NOTHING, ['leadId', 'reason', 'customerId']),
  'crm.lead.disqualified': event(NOTHING, ['leadId', 'reason', 'customerId']),
  'crm.lead.converted': event(NOTHING, ['leadId', 'customerId', 'opportunityId', 'score.**']),
  'crm.lead.erased': event(NOTHING, ['leadId', 'customerId', 'reason']),
  // Deal names and owners are the company's own vocabulary (products, teams), not the customer's.
  'crm.opportunity.created': event(NOTHING, [...OPPORTUNITY, 'amount.**', 'name', 'expectedCloseDate', 'stage', 'probability', 'owner']),
  'crm.opportunity.stage-changed': event(NOTHING, [...OPPORTUNITY, 'from', 'stage', 'probability']),
  'crm.opportunity.won': event(NOTHING, [...OPPORTUNITY, 'amount.**', 'reason']),
  'crm.opportunity.lost': event(NOTHING, [...OPPORTUNITY, 'amount.**', 'reason']),
  'crm.pipeline.created': event(NOTHING, ['pipelineId', 'name', 'stages[].name', 'stages[].probability', 'country', 'partnerId', 'productLine']),
  'crm.fx.rate-recorded': event(NOTHING, ['base', 'quote', 'rate', 'effectiveAt']),
  'crm.lead-scoring.model-published': event(NOTHING, ['model.**']),

  'crm.case.opened': event(['subject', 'description'], [...CASE, 'interactionId', 'slaPolicyId', 'country', 'partnerId']),
  'crm.case.assigned': event(NOTHING, ['caseId', 'customerId', 'assignee']),
  'crm.case.responded': event(['message'], CASE),
  'crm.case.waiting-on-customer': event(['note'], CASE),
  'crm.case.resumed': event(NOTHING, CASE),
  'crm.case.resolved': event(['resolution'], CASE),
  'crm.case.reopened': event(['reason'], CASE),
  'crm.case.closed': event(NOTHING, CASE),
  'crm.case.escalated': event(['reason'], [...CASE, 'ruleId']),
  'crm.case.sla-warning': event(NOTHING, [...CASE, 'warnAt', 'dueAt']),
  'crm.case.sla-breached': event(NOTHING, [...CASE, 'dueAt']),
  'crm.case.sla-breach-withdrawn': event(NOTHING, [...CASE, 'dueAt', 'metAt']),
  'crm.case.sla-policy-applied': event(NOTHING, [...CASE, 'slaPolicyId']),
  'crm.sla-policy.defined': event(NOTHING, SLA_POLICY),
  'crm.sla-policy.changed': event(NOTHING, SLA_POLICY),
  'crm.feedback.recorded': event(['comment'], ['feedbackId', 'customerId', 'caseId', 'country', 'partnerId']),
  'crm.task.created': event(['title', 'description'], ['taskId', 'customerId', 'caseId', 'assignee', 'dueAt', 'ruleId', 'triggerEventId']),
  'crm.task.completed': event(NOTHING, ['taskId', 'customerId']),
  // A rule's task title is a template written by an administrator, the same for every customer.
  'crm.automation.rule-defined': event(NOTHING, ['ruleId', 'name', 'on', 'condition.**', 'action.**']),
  'crm.automation.rule-disabled': event(NOTHING, ['ruleId']),
  'crm.automation.action-claimed': event(NOTHING, ['runId', 'ruleId', 'triggerEventId', 'claimedBy', 'leaseUntil']),
  'crm.automation.action-executed': event(NOTHING, ['runId', 'ruleId', 'triggerEventId', 'customerId', 'caseId', 'taskId', 'error']),

  // A segment's name and rule are a marketer's vocabulary (codes, numbers, instants), the same for every customer.
  'crm.segment.defined': event(NOTHING, ['segmentId', 'name', 'rule.**', 'ownerPartnerId']),
  'crm.segment.rule-changed': event(NOTHING, ['segmentId', 'name', 'rule.**']),
  'crm.segment.member-entered': event(NOTHING, ['segmentId', 'customerId']),
  'crm.segment.member-left': event(NOTHING, ['segmentId', 'customerId']),
  // Campaigns and notices are no data subjects: their names, texts and counts are business facts.
  'crm.campaign.created': event(NOTHING, ['campaignId', 'name', 'segmentId', 'purpose', 'budget.**', 'variants[].name', 'partnerId']),
  'crm.campaign.launch-requested': event(NOTHING, ['campaignId']),
  'crm.campaign.launch-progressed': event(NOTHING, ['campaignId', 'cursor']),
  'crm.campaign.launched': event(NOTHING, ['campaignId']),
  'crm.campaign.response-recorded': event(NOTHING, ['responseId', 'campaignId', 'customerId', 'variant', 'value.**']),
  'crm.notice.requested': event(NOTHING, ['noticeId', 'segmentId', 'text.*', 'languages[]', 'partnerId']),
  'crm.notice.started': event(NOTHING, ['noticeId']),
  'crm.notice.batch-dispatched': event(NOTHING, ['noticeId', 'lastCustomerId']),
  'crm.notice.completed': event(NOTHING, ['noticeId']),

  'crm.partner.registered': event(NOTHING, ['partnerId', 'name', 'parentId', 'ancestors[]', 'countries[]']),
  'crm.access.api-key-created': event(NOTHING, ['keyId', 'name', 'partnerId', 'secretHash']),
  'crm.access.api-key-revoked': event(NOTHING, ['keyId']),
  // The caller's address belongs to the security record of an API client, not to a CRM data subject.
  'crm.security.authentication-failed': event(NOTHING, SECURITY),
  'crm.security.access-denied': event(NOTHING, SECURITY),
  'crm.compliance.personal-data-accessed': event(NOTHING, ['subjectIds[]', 'route', 'requestId', 'parameters.*']),
};

/** Whether a `data` path (`a.b`, `list[]`) is listed as a fact, directly or under a `prefix.**`. */
export function isFact(type: string, path: string): boolean {
  return (EVENT_INVENTORY[type]?.facts ?? []).some((fact) => fact === path || (fact.endsWith('.**') && path.startsWith(fact.slice(0, -2))));
}

/** Personal fields of an event type not in the inventory: none may be stored, sealed or not, unclassified. */
export function unclassifiedPersonalFields(type: string, personal: Record<string, unknown>): string[] {
  const declared = EVENT_INVENTORY[type]?.personal;
  return declared ? Object.keys(personal).filter((key) => !declared.includes(key)) : [];
}

export interface ReadModelPrivacy {
  /** Document fields naming the data subjects the personal fields belong to. */
  subjects: readonly string[];
  /** Document fields holding personal data (`list[].field` for each element of a list). */
  personal: readonly string[];
}

/**
 * Read models that copy personal fields out of the log. On erasure each forgets exactly these
 * fields; an answer built from them is redacted for roles without a need, and recorded in the
 * access log for the subjects named.
 */
export const READ_MODEL_INVENTORY = {
  'sales-leads': { subjects: ['leadId', 'customerId'], personal: ['name', 'email', 'phone', 'company'] },
  cases: { subjects: ['customerId'], personal: ['subject'] },
  tasks: { subjects: ['customerId'], personal: ['title', 'description'] },
  feedback: { subjects: ['customerId'], personal: ['comment'] },
  'customer-service': { subjects: ['customerId'], personal: ['cases[].subject', 'openCases[].subject'] },
} as const satisfies Record<string, ReadModelPrivacy>;
export type PersonalReadModel = keyof typeof READ_MODEL_INVENTORY;

/** A copy of the document (or answer) with every personal field of the read model set to null. */
export function withoutPersonal<T extends Record<string, unknown>>(readModel: PersonalReadModel, doc: T): T {
  let next: Record<string, unknown> = { ...doc };
  for (const path of READ_MODEL_INVENTORY[readModel].personal) next = nulled(next, path.split('.'));
  return next as T;
}

function nulled(doc: Record<string, unknown>, [head, ...rest]: string[]): Record<string, unknown> {
  if (head.endsWith('[]')) {
    const key = head.slice(0, -2);
    const list = doc[key];
    return Array.isArray(list) ? { ...doc, [key]: list.map((item) => (item && typeof item === 'object' ? nulled(item as Record<string, unknown>, rest) : item)) } : doc;
  }
  if (rest.length === 0) return head in doc ? { ...doc, [head]: null } : doc;
  const inner = doc[head];
  return inner && typeof inner === 'object' ? { ...doc, [head]: nulled(inner as Record<string, unknown>, rest) } : doc;
}

/** Whether the document holds any personal field with a value (an answer with nothing to protect records nothing). */
export function holdsPersonal(readModel: PersonalReadModel, doc: Record<string, unknown>): boolean {
  return JSON.stringify(withoutPersonal(readModel, doc)) !== JSON.stringify(doc);
}

/** The data subjects a document's personal fields belong to. */
export function subjectsOf(readModel: PersonalReadModel, doc: Record<string, unknown>): string[] {
  return READ_MODEL_INVENTORY[readModel].subjects.map((field) => doc[field]).filter((id): id is string => typeof id === 'string');
}
