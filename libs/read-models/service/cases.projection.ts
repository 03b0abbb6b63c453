import { SLA_CLOCKS } from '../../domain/service/sla-policy/sla-policy.events';
import { CaseEvent, CaseOpened, CaseStatus, SlaClocks } from '../../domain/service/case/case.events';
import { EventEnvelope } from '../../event-store/envelope';
import { withoutPersonal } from '../../privacy/personal-data-inventory';
import { idsNamedByErasure } from '../erasure';
import { Projection } from '../projection';
import { CUSTOMER_PARTNER_CHANGE, customerOfPartnerChange, withCustomerPartner } from '../partner/customer-partner-change';
import { CaseDocument, CaseFields } from './case.document';

const STATUS_AFTER: Partial<Record<string, CaseStatus>> = {
  'crm.case.opened': 'open', 'crm.case.waiting-on-customer': 'waiting', 'crm.case.resumed': 'open',
  'crm.case.resolved': 'resolved', 'crm.case.reopened': 'open', 'crm.case.closed': 'closed',
};
const MINUTE = 60_000;

/** One document per case with its status, SLA clocks and the timestamps KPIs are computed from. */
export const casesProjection: Projection = {
  name: 'cases',
  // v2: partnerId follows the customer's partner (partner keys are confined by it).
  version: 2,
  indexes: [
    { fields: { status: 1 } }, { fields: { customerId: 1 } }, { fields: { breached: 1 } }, { fields: { nextDueAt: 1 } },
    { fields: { slaPolicyId: 1, policyVersion: 1 } }, { fields: { priority: 1 } }, { fields: { openedAt: 1 } },
    { fields: { partnerId: 1 } }, { fields: { country: 1 } },
  ],
  canHandle: (type) => type.startsWith('crm.case.') || type === 'crm.customer.erased' || type === CUSTOMER_PARTNER_CHANGE,
  relatedDocuments: customerOfPartnerChange,
  documentIds: (event) => (event.type.startsWith('crm.case.') && typeof event.data.caseId === 'string' ? [event.data.caseId] : idsNamedByErasure(event, 'caseIds')),
  evolve(doc, envelope) {
    if (envelope.type === 'crm.customer.erased') return doc && withoutPersonal('cases', doc);
    if (envelope.type === CUSTOMER_PARTNER_CHANGE) return doc && withCustomerPartner(doc, envelope);
    const event = envelope as EventEnvelope & CaseEvent;
    if (event.type === 'crm.case.opened') return opened(event as EventEnvelope & CaseOpened);
    if (!doc) return null; // a case event before its opening cannot be placed
    const current = doc as CaseDocument;
    const status = STATUS_AFTER[event.type] ?? current.status;
    const lastActivityAt = current.lastActivityAt > event.occurredAt ? current.lastActivityAt : event.occurredAt;
    let next: CaseFields = { ...current, status, revision: event.revision, updatedAt: event.occurredAt, lastActivityAt };
    if (status !== current.status) next.statusHistory = [...current.statusHistory, { status, at: event.occurredAt }];
    if (event.type === 'crm.case.assigned') next.assignee = event.data.assignee;
    if (event.type === 'crm.case.escalated') next = { ...next, escalationLevel: event.data.level, priority: event.data.priority };
    if (event.type === 'crm.case.sla-policy-applied') next = { ...next, slaPolicyId: event.data.slaPolicyId, policyVersion: event.data.policyVersion };
    if (event.type === 'crm.case.resolved') {
      const minutes = (event.data.sla.resolution?.elapsedMs ?? 0) / MINUTE;
      next = { ...next, resolvedAt: event.occurredAt, resolutionMinutes: minutes, resolutions: [...current.resolutions, { at: event.occurredAt, minutes }] };
    }
    if (event.type === 'crm.case.reopened') next.resolvedAt = null;
    if (event.type === 'crm.case.closed') next.closedAt = event.occurredAt;
    // A back-dated fact showed the target met: the breach never happened, as of any instant.
    if (event.type === 'crm.case.sla-breach-withdrawn') next.breaches = current.breaches.filter((b) => !(b.clock === event.data.clock && b.at === event.data.dueAt));
    const sla = (event.data as { sla?: SlaClocks }).sla;
    return sla ? withClocks(next, sla, event.occurredAt) : next;
  },
};

function opened(event: EventEnvelope & CaseOpened): CaseFields {
  const d = event.data;
  const doc: CaseFields = {
    _id: d.caseId, caseId: d.caseId, customerId: d.customerId, status: 'open', priority: d.priority, channel: d.channel,
    interactionId: d.interactionId, subject: event.personal?.subject ?? null, assignee: null, escalationLevel: 0,
    slaPolicyId: d.slaPolicyId, policyVersion: d.policyVersion, country: d.country ?? null, partnerId: d.partnerId ?? null,
    sla: {}, breached: false, breaches: [], nextDueAt: null, openedAt: event.occurredAt, firstRespondedAt: null, firstResponseMinutes: null,
    resolvedAt: null, resolutionMinutes: null, resolutions: [], statusHistory: [{ status: 'open', at: event.occurredAt }], closedAt: null,
    revision: event.revision, updatedAt: event.occurredAt, lastActivityAt: event.occurredAt,
  };
  return withClocks(doc, d.sla, event.occurredAt);
}

function withClocks(doc: CaseFields, sla: SlaClocks, at: string): CaseFields {
  const breaches = [...doc.breaches];
  for (const name of SLA_CLOCKS) {
    const breachedAt = sla[name]?.breachedAt;
    if (breachedAt && !breaches.some((b) => b.clock === name && b.at === breachedAt)) breaches.push({ clock: name, at: breachedAt });
  }
  const due = SLA_CLOCKS.map((name) => sla[name]).filter((c) => c?.state === 'running' && !c.breachedAt && c.dueAt).map((c) => c!.dueAt!).sort();
  const first = sla.firstResponse;
  const answered = !doc.firstRespondedAt && first?.state === 'met';
  return {
    ...doc, sla, breaches, breached: breaches.length > 0, nextDueAt: due[0] ?? null,
    ...(answered ? { firstRespondedAt: first.completedAt ?? at, firstResponseMinutes: (first.elapsedMs ?? 0) / MINUTE } : {}),
  };
}
