import { NoticeChannel } from '../../domain/marketing/notice.events';

/** One message to one member on one channel. `deliveryId` is derived from notice and member: the same message always has the same id. */
export interface OutboundMessage {
  deliveryId: string;
  noticeId: string;
  customerId: string;
  channel: NoticeChannel;
  language: string;
  text: string;
  /** The email address or E.164 phone; absent for push (addressed by customer) and webhook. */
  address?: string;
}

export interface DeliveryResult {
  deliveryId: string;
  ok: boolean;
  /** Why a delivery failed (the provider's answer), for logs; never personal data. */
  error?: string;
}

/**
 * The channel-adapter port: how a notice reaches email, SMS, push or a webhook. Adapters send in
 * batches and answer one result per message. `accepted` lets a resumed notice ask which messages
 * of an interrupted batch the channel already took, so a crash between sending and recording the
 * batch sends nothing twice; an adapter whose provider cannot answer that passes `deliveryId` as
 * the provider's idempotency key instead (and says so).
 */
export interface ChannelAdapter {
  readonly channel: NoticeChannel;
  send(messages: readonly OutboundMessage[]): Promise<DeliveryResult[]>;
  accepted(deliveryIds: readonly string[]): Promise<Set<string>>;
}

/** The adapters a deployment has, by channel; a channel without an adapter is never chosen. */
export class ChannelAdapters {
  private readonly byChannel = new Map<NoticeChannel, ChannelAdapter>();

  constructor(adapters: readonly ChannelAdapter[]) {
    for (const adapter of adapters) this.byChannel.set(adapter.channel, adapter);
  }

  channels(): ReadonlySet<NoticeChannel> {
    return new Set(this.byChannel.keys());
  }

  get(channel: NoticeChannel): ChannelAdapter {
    const adapter = this.byChannel.get(channel);
    if (!adapter) throw new Error(`no adapter for the ${channel} channel`);
    return adapter;
  }
}
