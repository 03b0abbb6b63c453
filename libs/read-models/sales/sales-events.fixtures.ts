import { EnvelopeLog } from '../testing/event-fixtures';

/** Sales events as a store would number them, for projection and analytics specs. */
export class SalesLog extends EnvelopeLog {
  lead(leadId: string, type: string, data: Record<string, unknown>, at: string, personal?: Record<string, unknown>) {
    return this.event(`lead-${leadId}`, `crm.lead.${type}`, { leadId, ...data }, personal, at);
  }

  captured(leadId: string, at: string, attributes: Record<string, unknown> = {}) {
    return this.lead(leadId, 'captured', { stage: 'lead', source: 'web', ...attributes }, at, { name: `Lead ${leadId}`, email: `${leadId}@example.com` });
  }

  opportunity(opportunityId: string, type: string, data: Record<string, unknown>, at: string) {
    return this.event(`opportunity-${opportunityId}`, `crm.opportunity.${type}`, { opportunityId, ...data }, undefined, at);
  }

  opened(opportunityId: string, at: string, o: { customerId?: string; amount?: string; currency?: string; stage?: string; probability?: string; pipelineId?: string; leadId?: string; close?: string } = {}) {
    return this.opportunity(opportunityId, 'created', {
      customerId: o.customerId ?? 'c1', pipelineId: o.pipelineId ?? 'pl', ...(o.leadId ? { leadId: o.leadId } : {}), name: `Deal ${opportunityId}`,
      amount: { amount: o.amount ?? '100.00', currency: o.currency ?? 'EUR' }, expectedCloseDate: o.close ?? '2024-06-30',
      stage: o.stage ?? 'Qualify', probability: o.probability ?? '0.1',
    }, at);
  }

  fx(base: string, quote: string, rate: string, effectiveAt: string) {
    return this.event(`fx-${base}-${quote}`, 'crm.fx.rate-recorded', { base, quote, rate, effectiveAt }, undefined, effectiveAt);
  }
}
