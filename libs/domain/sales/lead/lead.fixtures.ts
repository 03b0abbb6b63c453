import { CaptureLead } from './lead.commands';
import { LeadEvent } from './lead.events';

/** Shared givens: Reza from a Tehran café chain, captured from a webinar campaign. */
export const leadId = 'lead-1';

export const captureReza: CaptureLead = {
  type: 'CaptureLead', leadId, name: 'رضا کریمی', email: 'Reza@Cafe.example', phone: '0912 000 1111', company: 'کافه نادری',
  country: 'ir', source: 'Webinar', campaignId: 'cmp-7', industry: 'hospitality', companySize: 120,
};

export const rezaCaptured: LeadEvent = {
  type: 'crm.lead.captured',
  data: { leadId, stage: 'lead', source: 'webinar', campaignId: 'cmp-7', country: 'IR', industry: 'hospitality', companySize: 120 },
  personal: { name: 'رضا کریمی', email: 'Reza@cafe.example', phone: '+989120001111', company: 'کافه نادری' },
};

export const converted = (customerId: string): LeadEvent => ({
  type: 'crm.lead.converted', data: { leadId, customerId, matchedExisting: true, matchedBy: 'email', stage: 'lead' },
});
