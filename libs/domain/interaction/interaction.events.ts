/** Interaction events (stream `interaction-<interactionId>`, subject = the customer). */
export const INTERACTION_CHANNELS = ['web', 'phone', 'email', 'chat', 'social', 'in_person', 'sms', 'partner'] as const;
export type InteractionChannel = (typeof INTERACTION_CHANNELS)[number];
export type InteractionDirection = 'inbound' | 'outbound';

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
  };
  personal: { subject?: string; summary?: string };
}

export type InteractionEvent = InteractionRecorded;

export const interactionStream = (interactionId: string): string => `interaction-${interactionId}`;
