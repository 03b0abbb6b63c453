import { NoticeChannel } from './notice.events';

/** What a notice needs to know of a member (from the customer-360 read model). */
export interface NoticeRecipient {
  customerId: string;
  preferredLanguage: string | null;
  emails: string[];
  phones: string[];
  /** Consent lines in force (customer-360 `consents`). */
  consents: { purpose: string; channel: string; granted: boolean; at: string }[];
}

export type NoticeRoute =
  | { channel: NoticeChannel; language: string; address?: string }
  | { channel: null; language: string; reason: 'no-contact-point' };

const CHANNEL_OF_CONSENT: Record<string, NoticeChannel> = { email: 'email', sms: 'sms', push: 'push' };

/**
 * The member's language: the preferred tag if the notice has it, else a text of the same base
 * language (`fa` for `fa-IR` and the other way round), else the notice's first text.
 */
export function noticeLanguage(preferred: string | null, languages: readonly string[]): string {
  if (preferred) {
    if (languages.includes(preferred)) return preferred;
    const base = preferred.split('-')[0].toLowerCase();
    const sameBase = languages.find((tag) => tag.split('-')[0].toLowerCase() === base);
    if (sameBase) return sameBase;
  }
  return languages[0];
}

/**
 * The member's channel. The customer record has no preferred-channel field: the preference is the
 * channel of the member's latest `service` consent grant (email, sms or push) that can reach them;
 * else email when they have an address, else SMS when they have a phone, else the webhook channel
 * when one is configured (the receiving system reaches them), else no channel: the delivery fails.
 */
export function noticeRoute(recipient: NoticeRecipient, languages: readonly string[], channels: ReadonlySet<NoticeChannel>): NoticeRoute {
  const language = noticeLanguage(recipient.preferredLanguage, languages);
  const address = (channel: NoticeChannel) => (channel === 'email' ? recipient.emails[0] : channel === 'sms' ? recipient.phones[0] : undefined);
  const reachable = (channel: NoticeChannel) => channels.has(channel) && (channel === 'push' || channel === 'webhook' || address(channel) !== undefined);
  const preferred = recipient.consents
    .filter((line) => line.purpose === 'service' && line.granted && CHANNEL_OF_CONSENT[line.channel] && reachable(CHANNEL_OF_CONSENT[line.channel]))
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))[0];
  const channel = preferred ? CHANNEL_OF_CONSENT[preferred.channel] : (['email', 'sms', 'webhook'] as const).find(reachable);
  if (!channel) return { channel: null, language, reason: 'no-contact-point' };
  const to = address(channel);
  return { channel, language, ...(to ? { address: to } : {}) };
}
