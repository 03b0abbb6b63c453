import { CampaignContact, InteractionRecorded } from '../../domain/interaction/interaction.events';
import { CampaignEvent, CampaignResponseRecorded, LaunchCounts } from '../../domain/marketing/campaign.events';
import { Money } from '../../domain/sales/money/money';
import { Doc } from '../document-store.port';
import { Projection } from '../projection';

const CAMPAIGN_EVENTS = new Set(['crm.campaign.created', 'crm.campaign.launch-requested', 'crm.campaign.launch-progressed', 'crm.campaign.launched']);

/** One document per campaign (`_id` = campaign id): what it is, the launch running (`running`, with its counts so far) and every finished launch. */
export const campaignsProjection: Projection = {
  name: 'campaigns',
  version: 1,
  indexes: [{ fields: { partnerId: 1 } }, { fields: { launching: 1 } }],
  canHandle: (type) => CAMPAIGN_EVENTS.has(type),
  documentIds: (event) => [String(event.data.campaignId)],
  evolve(doc, envelope, id) {
    const event = envelope as unknown as CampaignEvent;
    if (event.type === 'crm.campaign.created') {
      const { data } = event;
      return { _id: id, ...data, partnerId: data.partnerId ?? null, createdAt: envelope.occurredAt, launching: false, running: null, launches: [] };
    }
    if (!doc) return null;
    switch (event.type) {
      case 'crm.campaign.launch-requested':
        return { ...doc, launching: true, running: { launch: event.data.launch, requestedAt: envelope.occurredAt, contacted: 0, skippedWithoutConsent: 0, alreadyContacted: 0 } };
      case 'crm.campaign.launch-progressed': {
        const running = doc.running as LaunchCounts & { launch: number } | null;
        if (!running) return doc;
        const { contacted, skippedWithoutConsent, alreadyContacted } = event.data;
        return { ...doc, running: { ...running, contacted: running.contacted + contacted, skippedWithoutConsent: running.skippedWithoutConsent + skippedWithoutConsent, alreadyContacted: running.alreadyContacted + alreadyContacted } };
      }
      case 'crm.campaign.launched': {
        const { campaignId: _campaign, ...launch } = event.data;
        return { ...doc, launching: false, running: null, launches: [...(doc.launches as object[]), { ...launch, at: envelope.occurredAt }] };
      }
    }
  },
};

/** A response as the contact document keeps it. */
export interface ContactResponse {
  kind: string;
  at: string;
  value: Money | null;
}

/** One document per contacted member (`_id` = `<campaignId>:<customerId>`): changed only by that customer's events. */
export interface CampaignContactDocument extends Doc {
  campaignId: string;
  customerId: string;
  variant: string | null;
  contactedAt: string | null;
  responses: ContactResponse[];
}

export const campaignContactId = (campaignId: string, customerId: string): string => `${campaignId}:${customerId}`;

const isCampaignContact = (event: { type: string; data: Record<string, unknown> }) =>
  event.type === 'crm.interaction.recorded' && event.data.direction === 'outbound' && typeof event.data.campaign === 'object' && event.data.campaign !== null;

export const campaignContactsProjection: Projection = {
  name: 'campaign-contacts',
  version: 1,
  indexes: [{ fields: { campaignId: 1 } }],
  canHandle: (type) => type === 'crm.interaction.recorded' || type === 'crm.campaign.response-recorded',
  documentIds(event) {
    if (isCampaignContact(event)) return [campaignContactId((event.data.campaign as CampaignContact).campaignId, String(event.data.customerId))];
    if (event.type === 'crm.campaign.response-recorded') return [campaignContactId(String(event.data.campaignId), String(event.data.customerId))];
    return [];
  },
  evolve(doc, event, id) {
    const base = doc ?? { _id: id, campaignId: '', customerId: '', variant: null, contactedAt: null, responses: [] };
    if (event.type === 'crm.interaction.recorded') {
      const { data } = event as unknown as InteractionRecorded;
      const campaign = data.campaign as CampaignContact;
      return { ...base, campaignId: campaign.campaignId, customerId: data.customerId, variant: campaign.variant ?? null, contactedAt: event.occurredAt };
    }
    const { data } = event as unknown as CampaignResponseRecorded;
    const response: ContactResponse = { kind: data.kind, at: event.occurredAt, value: data.value ?? null };
    return { ...base, campaignId: data.campaignId, customerId: data.customerId, variant: data.variant ?? (base.variant as string | null), responses: [...(base.responses as ContactResponse[]), response] };
  },
};
