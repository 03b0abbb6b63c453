import { parseOptionalFreeText } from '../shared/free-text';
import { invalid, requireString } from '../shared/validation';

export const CONSENT_CHANNELS = ['email', 'sms', 'phone', 'post', 'push', 'whatsapp', 'any'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

/** A consent fact as the customer decider keeps it: what was said, and when in business time. */
export interface ConsentRecord {
  purpose: string;
  channel: string;
  granted: boolean;
  occurredAt: string;
}

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

/** Whether exactly this statement (purpose, channel, granted, business time) is already recorded. */
export const isRecorded = (records: readonly ConsentRecord[], record: ConsentRecord): boolean =>
  records.some((r) => r.purpose === record.purpose && r.channel === record.channel && r.granted === record.granted && r.occurredAt === record.occurredAt);
