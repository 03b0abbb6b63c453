import { LeadEvent } from '../../domain/sales/lead/lead.events';
import { HAND_RAISES } from '../../domain/sales/lead/lead.events';
import { currentStage, LIFECYCLE_STAGES, LifecycleStage, noStagesReached, reach, StagesReached } from '../../domain/sales/lifecycle';
import { EventEnvelope } from '../../event-store/envelope';
import { withoutPersonal } from '../../privacy/personal-data-inventory';
import { Projection } from '../projection';
import { LeadDoc } from './sales-documents';

type Envelope<E> = EventEnvelope & E;

const handled = (type: string): boolean => type.startsWith('crm.lead.') || type === 'crm.opportunity.won';

/** One document per lead, fed by its own events and by the win of the opportunity it became. */
export const leadsProjection: Projection = {
  name: 'sales-leads',
  version: 1,
  indexes: [{ fields: { capturedAt: 1 } }, { fields: { status: 1 } }, { fields: { customerId: 1 } }, { fields: { campaignId: 1 } }, { fields: { partnerId: 1 } }],
  canHandle: handled,
  documentIds(event) {
    const leadId = event.data.leadId;
    if (typeof leadId !== 'string') return [];
    return handled(event.type) ? [leadId] : [];
  },
  evolve(doc, event, leadId) {
    const lead = (doc as LeadDoc | null) ?? emptyLead(leadId);
    if (event.type === 'crm.opportunity.won') return reached(lead, 'customer', event.occurredAt);
    return withLeadEvent(lead, event as Envelope<LeadEvent>);
  },
};

function withLeadEvent(lead: LeadDoc, event: Envelope<LeadEvent>): LeadDoc {
  const at = event.occurredAt;
  switch (event.type) {
    case 'crm.lead.captured': {
      const { leadId: _id, stage, referrerCustomerId: _r, ...attributes } = event.data;
      const p = event.personal;
      return reached({ ...lead, name: p.name, email: p.email ?? null, phone: p.phone ?? null, company: p.company ?? null,
        source: attributes.source, campaignId: attributes.campaignId ?? null, country: attributes.country ?? null,
        partnerId: attributes.partnerId ?? null, attributes, capturedAt: at }, stage, at);
    }
    case 'crm.lead.signal-recorded': {
      if (lead.signals.some((s) => s.signalId === event.data.signalId)) return lead;
      const next = { ...lead, signals: [...lead.signals, { signalId: event.data.signalId, kind: event.data.kind, at }] };
      return HAND_RAISES.includes(event.data.kind) ? reached(next, 'lead', at) : next;
    }
    case 'crm.lead.qualified': {
      const { by, score, modelVersion } = event.data;
      const qualifiedByScore = by === 'score' && score !== undefined && modelVersion !== undefined ? { score, modelVersion } : lead.qualifiedByScore;
      return reached({ ...lead, qualifiedByScore }, event.data.level, at);
    }
    case 'crm.lead.disqualified':
      return { ...lead, status: 'disqualified', disqualifiedAt: at, disqualifiedReason: event.data.reason };
    case 'crm.lead.erased':
      return { ...withoutPersonal('sales-leads', lead), erasedAt: at };
    case 'crm.lead.converted':
      return reached({ ...lead, status: 'converted', customerId: event.data.customerId, opportunityId: event.data.opportunityId ?? null }, event.data.stage, at);
    default:
      return lead;
  }
}

function reached(lead: LeadDoc, stage: LifecycleStage, at: string): LeadDoc {
  const stages: StagesReached = reach(lead.reached, stage, at);
  const reachedMs = Object.fromEntries(LIFECYCLE_STAGES.map((s) => [s, stages[s] === null ? null : Date.parse(stages[s]!)])) as LeadDoc['reachedMs'];
  return { ...lead, reached: stages, reachedMs, stage: currentStage(stages) };
}

function emptyLead(leadId: string): LeadDoc {
  const stages = noStagesReached();
  return {
    _id: leadId, _position: 0, leadId, name: null, email: null, phone: null, company: null, source: null, campaignId: null, country: null,
    partnerId: null, attributes: {}, status: 'open', stage: null, capturedAt: null, reached: stages, reachedMs: { ...stages } as LeadDoc['reachedMs'],
    disqualifiedAt: null, disqualifiedReason: null, signals: [], customerId: null, opportunityId: null, qualifiedByScore: null,
  };
}
