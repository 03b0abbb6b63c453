import { ConsentChannel } from '../customer/consents';
import { InteractionChannel } from '../interaction/interaction.events';

/** A consent fact as it stands in the log: the customer events the answer is folded from. */
export interface ConsentFact {
  eventId: string;
  type: string;
  position: number;
  occurredAt: string;
  recordedAt: string;
  data: Record<string, unknown>;
}

/** The record that decided an answer: the channel's own record, or the purpose's `any` record. */
export interface DecidingRecord {
  channel: string;
  granted: boolean;
  eventId: string;
  occurredAt: string;
  recordedAt: string;
  source: string | null;
}

export interface ConsentInForce {
  purpose: string;
  /** The consent channel asked about; `any` for contact channels without one of their own. */
  channel: string;
  granted: boolean;
  /** Business time the deciding grant took effect; null when not granted. */
  grantedAt: string | null;
  decidedBy: DecidingRecord | null;
}

/**
 * Interaction channel → consent channel. Channels without a consent channel of their own (chat,
 * social, web, in person, through a partner) can only be covered by the purpose's `any` consent.
 */
export const CONSENT_CHANNEL_OF: Readonly<Record<InteractionChannel, ConsentChannel>> = {
  email: 'email', sms: 'sms', phone: 'phone', chat: 'any', social: 'any', web: 'any', in_person: 'any', partner: 'any',
};

/** The consent channel of an interaction channel; undefined for anything that is not one. */
export const consentChannelOf = (channel: string): ConsentChannel | undefined =>
  Object.hasOwn(CONSENT_CHANNEL_OF, channel) ? CONSENT_CHANNEL_OF[channel as InteractionChannel] : undefined;

const GRANTED = 'crm.customer.consent-granted';
const WITHDRAWN = 'crm.customer.consent-withdrawn';

/**
 * Was consent for `purpose` on `channel` in force at business time `at`, as the log knew it at
 * system time `knownAt` (default: everything recorded)? The one consent rule: a channel's own
 * record wins over `any`; granting or withdrawing `any` resets the channel records; asked about
 * `any`, only the purpose-wide record counts. The customer decider records every statement that
 * is not an exact repeat, so nothing this rule would weigh is ever dropped.
 */
export function consentInForce(facts: readonly ConsentFact[], purpose: string, channel: string, at: string, knownAt?: string): ConsentInForce {
  const relevant = facts
    .filter((f) => (f.type === GRANTED || f.type === WITHDRAWN) && f.data.purpose === purpose)
    .filter((f) => f.occurredAt <= at && (!knownAt || f.recordedAt <= knownAt))
    .sort((a, b) => (a.occurredAt === b.occurredAt ? a.position - b.position : a.occurredAt < b.occurredAt ? -1 : 1));
  let records = new Map<string, DecidingRecord>();
  for (const fact of relevant) {
    const record: DecidingRecord = {
      channel: String(fact.data.channel), granted: fact.type === GRANTED, eventId: fact.eventId,
      occurredAt: fact.occurredAt, recordedAt: fact.recordedAt, source: typeof fact.data.source === 'string' ? fact.data.source : null,
    };
    if (record.channel === 'any') records = new Map([['any', record]]);
    else records.set(record.channel, record);
  }
  const decidedBy = (channel !== 'any' ? records.get(channel) : undefined) ?? records.get('any') ?? null;
  const granted = decidedBy?.granted ?? false;
  return { purpose, channel, granted, grantedAt: granted && decidedBy ? decidedBy.occurredAt : null, decidedBy };
}
