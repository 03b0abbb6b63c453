import { LeadEvent } from '../../domain/sales/lead/lead.events';
import { currentStage, LifecycleStage, noStagesReached, reach } from '../../domain/sales/lifecycle';
import { OpportunityEvent } from '../../domain/sales/opportunity/opportunity.events';
import { EventEnvelope } from '../../event-store/envelope';
import { Projection } from '../projection';
import { CustomerSalesDoc, OpenOpportunity } from './sales-documents';

type Envelope<E> = EventEnvelope & E;
type SalesEvent = Envelope<LeadEvent | OpportunityEvent>;

const isSales = (type: string) => type.startsWith('crm.lead.') || type.startsWith('crm.opportunity.');

/** The sales part of the 360° view (`_id` = customer id): lifecycle stage, lead score, open opportunities. */
export const customerSalesProjection: Projection = {
  name: 'customer-sales',
  version: 1,
  indexes: [{ fields: { lifecycleStage: 1 } }],
  canHandle: (type) => isSales(type),
  documentIds(event) {
    if (!isSales(event.type)) return [];
    const ids = typeof event.data.customerId === 'string' ? [event.data.customerId] : [];
    const referrer = event.type === 'crm.lead.captured' ? event.data.referrerCustomerId : undefined;
    return typeof referrer === 'string' ? [...ids, referrer] : ids;
  },
  evolve(doc, envelope, customerId) {
    const c = (doc as CustomerSalesDoc | null) ?? empty(customerId);
    const event = envelope as SalesEvent;
    const at = event.occurredAt;
    switch (event.type) {
      case 'crm.lead.captured':
        return advocacy({ ...c, referredLeadIds: union(c.referredLeadIds, event.data.leadId) }, at);
      case 'crm.lead.qualified':
        return staged(c, event.data.level, at);
      case 'crm.lead.converted':
        return staged({ ...c, leadIds: union(c.leadIds, event.data.leadId), leadScore: event.data.score ?? c.leadScore }, event.data.stage, at);
      case 'crm.opportunity.created': {
        const { opportunityId, name, pipelineId, stage, probability, amount, expectedCloseDate } = event.data;
        const open: OpenOpportunity = { opportunityId, name, pipelineId, stage, probability, amount, expectedCloseDate };
        return staged({ ...c, openOpportunities: [...c.openOpportunities.filter((o) => o.opportunityId !== opportunityId), open] }, 'opportunity', at);
      }
      case 'crm.opportunity.stage-changed': {
        const { opportunityId, stage, probability } = event.data;
        return { ...c, openOpportunities: c.openOpportunities.map((o) => (o.opportunityId === opportunityId ? { ...o, stage, probability } : o)) };
      }
      case 'crm.opportunity.won':
      case 'crm.opportunity.lost': {
        const id = event.data.opportunityId;
        const next = { ...c, openOpportunities: c.openOpportunities.filter((o) => o.opportunityId !== id) };
        return event.type === 'crm.opportunity.won'
          ? advocacy(staged({ ...next, wonOpportunityIds: union(c.wonOpportunityIds, id) }, 'customer', at), at)
          : { ...next, lostOpportunityIds: union(c.lostOpportunityIds, id) };
      }
      default:
        return c;
    }
  },
};

function staged(c: CustomerSalesDoc, stage: LifecycleStage, at: string): CustomerSalesDoc {
  const reached = reach(c.reached, stage, at);
  return { ...c, reached, lifecycleStage: currentStage(reached) };
}

/** A customer who has bought and referred someone is an advocate. */
const advocacy = (c: CustomerSalesDoc, at: string): CustomerSalesDoc =>
  c.reached.customer && c.referredLeadIds.length > 0 ? staged(c, 'advocate', at) : c;

const union = (list: string[], id: string): string[] => (list.includes(id) ? list : [...list, id]);

function empty(customerId: string): CustomerSalesDoc {
  return {
    _id: customerId, _position: 0, customerId, lifecycleStage: null, reached: noStagesReached(), leadIds: [], leadScore: null,
    openOpportunities: [], wonOpportunityIds: [], lostOpportunityIds: [], referredLeadIds: [],
  };
}
