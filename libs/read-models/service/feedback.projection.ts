import { npsBand } from '../../domain/service/feedback/feedback.decider';
import { FeedbackRecorded } from '../../domain/service/feedback/feedback.events';
import { withoutPersonal } from '../../privacy/personal-data-inventory';
import { idsNamedByErasure } from '../erasure';
import { Projection } from '../projection';
import { CUSTOMER_PARTNER_CHANGE, customerOfPartnerChange, withCustomerPartner } from '../partner/customer-partner-change';

/** One document per feedback (`_id` = feedback id); NPS analytics group these by country, partner and period. */
export const feedbackProjection: Projection = {
  name: 'feedback',
  // v2: partnerId follows the customer's partner (partner keys are confined by it).
  version: 2,
  indexes: [{ fields: { customerId: 1 } }, { fields: { kind: 1, submittedAt: 1 } }, { fields: { caseId: 1 } }, { fields: { partnerId: 1 } }],
  canHandle: (type) => type === 'crm.feedback.recorded' || type === 'crm.customer.erased' || type === CUSTOMER_PARTNER_CHANGE,
  relatedDocuments: customerOfPartnerChange,
  documentIds: (event) => (event.type === 'crm.feedback.recorded' ? [String(event.data.feedbackId)] : idsNamedByErasure(event, 'feedbackIds')),
  evolve(doc, event, id) {
    if (event.type === 'crm.customer.erased') return doc && withoutPersonal('feedback', doc);
    if (event.type === CUSTOMER_PARTNER_CHANGE) return doc && withCustomerPartner(doc, event);
    if (doc) return doc; // feedback is recorded once and never changes
    const { data, personal } = event as unknown as FeedbackRecorded;
    return {
      _id: id, feedbackId: data.feedbackId, customerId: data.customerId, kind: data.kind, score: data.score,
      band: data.kind === 'nps' ? npsBand(data.score) : null, caseId: data.caseId ?? null, country: data.country ?? null,
      partnerId: data.partnerId ?? null, comment: personal?.comment ?? null, submittedAt: event.occurredAt,
    };
  },
};
