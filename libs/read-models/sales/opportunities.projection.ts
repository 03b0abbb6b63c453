import { toUnits } from '../../domain/sales/money/money';
import { OpportunityEvent } from '../../domain/sales/opportunity/opportunity.events';
import { EventEnvelope } from '../../event-store/envelope';
import { Projection } from '../projection';
import { CUSTOMER_PARTNER_CHANGE, customerOfPartnerChange, withCustomerPartner } from '../partner/customer-partner-change';
import { OpportunityDoc, StageVisit } from './sales-documents';

type Envelope<E> = EventEnvelope & E;

/** One document per opportunity with its stage history and the time spent in each stage. */
export const opportunitiesProjection: Projection = {
  name: 'sales-opportunities',
  // v2: documents carry their customer's partner (partner keys are confined by it).
  version: 2,
  indexes: [{ fields: { customerId: 1 } }, { fields: { status: 1 } }, { fields: { pipelineId: 1 } }, { fields: { closedAt: 1 } }, { fields: { partnerId: 1 } }],
  canHandle: (type) => type.startsWith('crm.opportunity.') || type === CUSTOMER_PARTNER_CHANGE,
  relatedDocuments: customerOfPartnerChange,
  documentIds(event) {
    return event.type.startsWith('crm.opportunity.') && typeof event.data.opportunityId === 'string' ? [event.data.opportunityId] : [];
  },
  evolve(doc, envelope) {
    if (envelope.type === CUSTOMER_PARTNER_CHANGE) return doc && withCustomerPartner(doc, envelope);
    const event = envelope as Envelope<OpportunityEvent>;
    const at = event.occurredAt;
    if (event.type === 'crm.opportunity.created') {
      if (doc) return doc; // created once; a replay changes nothing
      const d = event.data;
      return {
        _id: d.opportunityId, opportunityId: d.opportunityId, customerId: d.customerId, pipelineId: d.pipelineId, leadId: d.leadId ?? null,
        name: d.name, owner: d.owner ?? null, partnerId: d.partnerId ?? null, amount: d.amount, currency: d.amount.currency, units: toUnits(d.amount.amount),
        expectedCloseDate: d.expectedCloseDate, createdAt: at, createdMs: Date.parse(at), stage: d.stage, probability: d.probability,
        status: 'open', closedAt: null, closedMs: null, reason: null, history: [visit(d.stage, d.probability, at)],
      } satisfies Omit<OpportunityDoc, '_position'>;
    }
    const opp = doc as OpportunityDoc | null;
    if (!opp) return null; // an opportunity is always created first in its stream
    if (event.type === 'crm.opportunity.stage-changed') {
      const history = [...leave(opp.history, at), visit(event.data.stage, event.data.probability, at)];
      return { ...opp, stage: event.data.stage, probability: event.data.probability, history };
    }
    return { ...opp, status: event.type === 'crm.opportunity.won' ? 'won' : 'lost', closedAt: at, closedMs: Date.parse(at),
      reason: event.data.reason ?? null, history: leave(opp.history, at) };
  },
};

const visit = (stage: string, probability: string, at: string): StageVisit => ({ stage, probability, enteredAt: at, enteredMs: Date.parse(at), leftAt: null, durationMs: null });

function leave(history: StageVisit[], at: string): StageVisit[] {
  return history.map((v, i) => (i === history.length - 1 && v.leftAt === null ? { ...v, leftAt: at, durationMs: Date.parse(at) - v.enteredMs } : v));
}
