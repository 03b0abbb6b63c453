import { parseOptionalFreeText } from '../shared/free-text';
import { invalid, requireString } from '../shared/validation';

export const CONSENT_CHANNELS = ['email', 'sms', 'phone', 'post', 'push', 'whatsapp', 'any'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

/** purpose → channel → granted. The channel `any` stands for every channel of the purpose. */
export type ConsentBook = Readonly<Record<string, Readonly<Record<string, boolean>>>>;

const PURPOSE = /^[a-z][a-z0-9_-]{0,63}$/;

/** Purposes are free tokens (marketing, service, analytics…), lower-cased. */
export function parsePurpose(input: unknown, field: string): string {
  const purpose = requireString(input, field).trim().toLowerCase();
  if (!PURPOSE.test(purpose)) {
    throw invalid(field, `"${purpose}" is not a purpose: use a lower-case word such as marketing, service or analytics`);
  }
  return purpose;
}

export function parseConsentChannel(input: unknown, field: string): ConsentChannel {
  const channel = requireString(input, field).trim().toLowerCase();
  if (!(CONSENT_CHANNELS as readonly string[]).includes(channel)) {
    throw invalid(field, `"${channel}" is not a consent channel: use one of ${CONSENT_CHANNELS.join(', ')}`);
  }
  return channel as ConsentChannel;
}

export const parseConsentSource = (input: unknown, field: string): string | undefined =>
  parseOptionalFreeText(input, field, { maxLength: 200 });

/**
 * Whether the customer agrees to be contacted for `purpose` on `channel`. A channel's own
 * record wins over the purpose's `any` record, so "any, but not SMS" can be expressed.
 * Asked about `any`, it answers whether every channel is covered.
 */
export function isConsentGranted(book: ConsentBook, purpose: string, channel: string): boolean {
  const records = book[purpose] ?? {};
  if (channel === 'any') return records.any === true && Object.values(records).every(Boolean);
  return records[channel] ?? records.any ?? false;
}

/** Whether anything is granted for the purpose, on any channel. */
export function hasAnyConsent(book: ConsentBook, purpose: string): boolean {
  return Object.values(book[purpose] ?? {}).some(Boolean);
}

/** Granting `any` covers every channel and so replaces the purpose's per-channel records. */
export function applyGrant(book: ConsentBook, purpose: string, channel: string): ConsentBook {
  const records = channel === 'any' ? { any: true } : { ...book[purpose], [channel]: true };
  return { ...book, [purpose]: records };
}

/** Withdrawing `any` withdraws every channel of the purpose. */
export function applyWithdrawal(book: ConsentBook, purpose: string, channel: string): ConsentBook {
  const records = channel === 'any' ? { any: false } : { ...book[purpose], [channel]: false };
  return { ...book, [purpose]: records };
}
