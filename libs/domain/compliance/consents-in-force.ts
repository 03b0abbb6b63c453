import { ConsentFact, consentInForce } from './consent-in-force';

/** One line of the 360° view's consents: the answer `consentInForce` gives for that purpose and channel. */
export interface ConsentEntry {
  /** `purpose:channel`; an array rather than a map so purposes with dots stay valid field names in MongoDB. */
  key: string;
  purpose: string;
  channel: string;
  granted: boolean;
  /** Business time of the record that decided the answer (the channel's own, or the purpose's `any`). */
  at: string;
  /** The channel of that record: `any` when a purpose-wide grant or withdrawal decides. */
  decidedBy: string;
  source: string | null;
  /** The fact's event id, so a reader can find the proof in the log. */
  eventId: string;
}

const isConsentFact = (fact: ConsentFact) => fact.type === 'crm.customer.consent-granted' || fact.type === 'crm.customer.consent-withdrawn';

/**
 * Every purpose × channel the customer has said something about by business time `at` (as known
 * at `knownAt`), each answered by `consentInForce` itself, the function `consents/at` and the
 * outbound-contact check use: the view cannot tell another story. A channel never named has no
 * line of its own; the purpose's `any` line answers for it, exactly as `consentInForce` would.
 */
export function consentsInForce(facts: readonly ConsentFact[], at: string, knownAt?: string): ConsentEntry[] {
  const named = new Map<string, { purpose: string; channel: string }>();
  for (const fact of facts) {
    if (!isConsentFact(fact) || fact.occurredAt > at || (knownAt && fact.recordedAt > knownAt)) continue;
    const purpose = String(fact.data.purpose);
    const channel = String(fact.data.channel);
    named.set(`${purpose}:${channel}`, { purpose, channel });
  }
  return [...named.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, { purpose, channel }]) => {
    const answer = consentInForce(facts, purpose, channel, at, knownAt);
    // Never null: the channel's own record, or an `any` record that reset it, is at or before `at`.
    const record = answer.decidedBy!;
    return { key, purpose, channel, granted: answer.granted, at: record.occurredAt, decidedBy: record.channel, source: record.source, eventId: record.eventId };
  });
}

/** The consent fact an event is, as the 360° document keeps it. */
export const consentFactOf = (event: ConsentFact): ConsentFact => ({
  eventId: event.eventId, type: event.type, position: event.position, occurredAt: event.occurredAt, recordedAt: event.recordedAt,
  data: { purpose: event.data.purpose, channel: event.data.channel, ...(typeof event.data.source === 'string' ? { source: event.data.source } : {}) },
});
