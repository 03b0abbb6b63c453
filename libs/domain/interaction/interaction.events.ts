/** Interaction events (stream `interaction-<interactionId>`, subject = the customer). */
export const INTERACTION_CHANNELS = ['web', 'phone', 'email', 'chat', 'social', 'in_person', 'sms', 'partner'] as const;
export type InteractionChannel = (typeof INTERACTION_CHANNELS)[number];
export type InteractionDirection = 'inbound' | 'outbound';
export const CONTACT_BASES = ['consent', 'legal', 'service'] as const;
/** Why an outbound contact was allowed: the customer's consent, a legal obligation, or a service message. */
export type ContactBasis = (typeof CONTACT_BASES)[number];

/** Proof kept with every outbound contact: the consent state in force at that instant. */
export interface ConsentProof {
  purpose: string;
  /** The consent channel checked (`any` for contact channels without one of their own). */
  channel: string;
  granted: boolean;
  grantedAt: string | null;
  basis: ContactBasis;
}

/** The campaign an outbound contact belongs to. */
export interface CampaignContact {
  campaignId: string;
  /** Absent for a campaign without variants. */
  variant?: string;
}

export interface InteractionRecorded {
  type: 'crm.interaction.recorded';
  schemaVersion?: number;
  data: {
    interactionId: string;
    customerId: string;
    channel: InteractionChannel;
    direction: InteractionDirection;
    agent?: string;
    language?: string;
    /** Outbound contacts only (added after v1 shipped: optional, so older events stay valid). */
    consent?: ConsentProof;
    /** Outbound contacts of a campaign launch: the campaign and the variant the member was given (added later: optional). */
    campaign?: CampaignContact;
  };
  personal: { subject?: string; summary?: string };
}

export type InteractionEvent = InteractionRecorded;

export const interactionStream = (interactionId: string): string => `interaction-${interactionId}`;
