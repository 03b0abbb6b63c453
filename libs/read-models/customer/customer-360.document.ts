import { Address, ContactPoint, CustomerKind, ExternalRef } from '../../domain/customer/customer.events';
import { InteractionChannel, InteractionDirection } from '../../domain/interaction/interaction.events';
import { Doc } from '../document-store.port';
import { ConsentEntry } from '../../domain/compliance/consents-in-force';
import { ConsentFact } from '../../domain/compliance/consent-in-force';

export type { ConsentEntry } from '../../domain/compliance/consents-in-force';

export interface RecentInteraction {
  interactionId: string;
  channel: InteractionChannel;
  direction: InteractionDirection;
  subject: string | null;
  occurredAt: string;
  position: number;
}

/** The customer-360 read-model document (`_id` = customer id). */
export interface Customer360 extends Doc {
  customerId: string;
  kind: CustomerKind | null;
  name: string | null;
  /** Search tokens of the name (see name-tokens.ts): whole words by equality, the last typed word by prefix. */
  nameTokens: string[];
  /**
   * The list orders, always strings ('' when there is none yet, sorting first) so a keyset cursor
   * is a plain range on its index: name folded as search folds it, last contact, creation.
   */
  sortKeys?: { name: string; lastContactAt: string; createdAt: string };
  contactPoints: ContactPoint[];
  emails: string[];
  /** E.164 */
  phones: string[];
  addresses: Address[];
  externalRefs: ExternalRef[];
  /** `system:id` */
  externalRefKeys: string[];
  country: string | null;
  timeZone: string | null;
  preferredLanguage: string | null;
  currency: string | null;
  partnerId: string | null;
  /** Every purpose × channel named so far, as `consentsInForce` answers them; the API answers again at the instant asked. */
  consents: ConsentEntry[];
  /** The consent events themselves (not shown in the view): what `consents` is derived from. */
  consentFacts?: ConsentFact[];
  interactions: { recent: RecentInteraction[]; countsByChannel: Record<string, number> };
  firstContactAt: string | null;
  lastContactAt: string | null;
  createdAt: string;
  /** occurredAt of the last event applied. */
  updatedAt: string;
  /** Revision of the customer stream (the ETag); -1 before the registration was seen. */
  revision: number;
  /** Business time each profile field was last set (see business-time.ts); not shown in the view. */
  fieldTimes?: Record<string, string>;
  /** Set while this customer is merged into another (the survivor); absent otherwise. */
  mergedInto?: string;
  /** Duplicates merged into this customer; absent when none. The API shows the union. */
  absorbed?: string[];
}
