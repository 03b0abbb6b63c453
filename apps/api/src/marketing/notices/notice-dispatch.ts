import { noticeRoute, NoticeRecipient } from '../../../../../libs/domain/marketing/notice-routing';
import { DeliveryCounts, NoticeChannel, NoticeRequested } from '../../../../../libs/domain/marketing/notice.events';
import { ChannelAdapters, OutboundMessage } from '../../../../../libs/messaging/channels/channel-adapter.port';
import { deterministicId } from '../../commands/deterministic-id';

/** The delivery id of a notice to a member: the same on every attempt, so a channel can recognise a repeat. */
export const noticeDeliveryId = (noticeId: string, customerId: string): string => deterministicId('notice-delivery', noticeId, customerId);

export interface BatchOutcome {
  byChannel: DeliveryCounts;
  byLanguage: DeliveryCounts;
}

function count(counts: DeliveryCounts, key: string, ok: boolean): void {
  const entry = (counts[key] ??= { sent: 0, failed: 0 });
  if (ok) entry.sent++;
  else entry.failed++;
}

/**
 * Sends one batch: routes each member to a channel and language, skips the messages a channel
 * already accepted when the batch is in doubt (an earlier run may have sent it and died before
 * recording it), hands the rest to the adapters, and counts the outcome per channel and language.
 * Members the channel already took count as sent, so the totals add up to the members.
 */
export async function dispatchBatch(notice: NoticeRequested['data'], recipients: readonly NoticeRecipient[], adapters: ChannelAdapters, inDoubt: boolean): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { byChannel: {}, byLanguage: {} };
  const byChannel = new Map<NoticeChannel, OutboundMessage[]>();
  for (const recipient of recipients) {
    const route = noticeRoute(recipient, notice.languages, adapters.channels());
    if (route.channel === null) {
      count(outcome.byChannel, 'none', false);
      count(outcome.byLanguage, route.language, false);
      continue;
    }
    const message: OutboundMessage = {
      deliveryId: noticeDeliveryId(notice.noticeId, recipient.customerId), noticeId: notice.noticeId, customerId: recipient.customerId,
      channel: route.channel, language: route.language, text: notice.text[route.language], ...(route.address ? { address: route.address } : {}),
    };
    byChannel.set(route.channel, [...(byChannel.get(route.channel) ?? []), message]);
  }
  for (const [channel, messages] of byChannel) {
    const adapter = adapters.get(channel);
    const taken = inDoubt ? await adapter.accepted(messages.map((m) => m.deliveryId)) : new Set<string>();
    const toSend = messages.filter((m) => !taken.has(m.deliveryId));
    const results = new Map((toSend.length ? await adapter.send(toSend) : []).map((r) => [r.deliveryId, r.ok]));
    for (const message of messages) {
      const ok = taken.has(message.deliveryId) || results.get(message.deliveryId) === true;
      count(outcome.byChannel, channel, ok);
      count(outcome.byLanguage, message.language, ok);
    }
  }
  return outcome;
}
