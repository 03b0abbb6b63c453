import { InteractionChannel, InteractionDirection } from './interaction.events';

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
}

export type InteractionCommand = RecordInteraction;
