import { CampaignContact, ContactBasis, InteractionChannel, InteractionDirection } from './interaction.events';

/** The consent state in force when an outbound contact is made, loaded by the caller from the customer's log. */
export interface ConsentState {
  purpose: string;
  channel: string;
  granted: boolean;
  grantedAt: string | null;
}

/** Records a conversation with a customer; the customer's existence is checked by the caller. */
export interface RecordInteraction {
  type: 'RecordInteraction';
  interactionId: string;
  customerId: string;
  channel: InteractionChannel;
  direction: InteractionDirection;
  /** At most 500 characters, one line. */
  subject?: string;
  /** At most 20 000 characters; line breaks allowed. */
  summary?: string;
  /** Who handled it (user id, agent name). */
  agent?: string;
  /** BCP 47 tag of the conversation's language. */
  language?: string;
  /** Outbound only: why we may contact them. Default `consent`; `legal` and `service` messages need none. */
  basis?: ContactBasis;
  /** Outbound only: the purpose of the contact. Default: `marketing` under consent, else the basis. */
  purpose?: string;
  /** Outbound only: the consent in force at `occurredAt` for the purpose on this channel. */
  consent?: ConsentState;
  /** Outbound only: set by a campaign launch (never from the HTTP body). */
  campaign?: CampaignContact;
}

export type InteractionCommand = RecordInteraction;
