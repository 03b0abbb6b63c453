import { NoticeChannel } from '../../domain/marketing/notice.events';
import { Doc, DocumentStore } from '../../read-models/document-store.port';
import { DocumentConflictError } from '../../read-models/errors';
import { ChannelAdapter, DeliveryResult, OutboundMessage } from './channel-adapter.port';

/** The collection the embedded adapter records deliveries in (not a read model: no projection writes or rebuilds it). */
export const CHANNEL_DELIVERIES = 'channel-deliveries';

/**
 * The embedded adapter: it sends nothing out, it records each delivery durably in the document
 * store (one document per delivery id: notice, member, channel, language; no address, no text),
 * committed per batch before it answers. A second delivery of the same id is not hidden: it
 * raises the document's `attempts`, so a test or an operator can count duplicates.
 */
export class RecordingChannelAdapter implements ChannelAdapter {
  constructor(readonly channel: NoticeChannel, private readonly store: DocumentStore, private readonly clock: () => Date = () => new Date()) {}

  static async ensureIndexes(store: DocumentStore): Promise<void> {
    await store.ensureIndexes(CHANNEL_DELIVERIES, [{ fields: { noticeId: 1 } }]);
  }

  async send(messages: readonly OutboundMessage[]): Promise<DeliveryResult[]> {
    const deliveredAt = this.clock().toISOString();
    const docs = messages.map((m): Doc => ({
      _id: m.deliveryId, _position: 1, noticeId: m.noticeId, customerId: m.customerId, channel: m.channel, language: m.language, attempts: 1, deliveredAt,
    }));
    try {
      await this.store.commit(docs.map((doc) => ({ collection: CHANNEL_DELIVERIES, doc, ifPosition: 0 })));
    } catch (error) {
      if (!(error instanceof DocumentConflictError)) throw error;
      for (const doc of docs) await this.recordOne(doc);
    }
    return messages.map((m) => ({ deliveryId: m.deliveryId, ok: true }));
  }

  async accepted(deliveryIds: readonly string[]): Promise<Set<string>> {
    if (deliveryIds.length === 0) return new Set();
    const found = await this.store.collection(CHANNEL_DELIVERIES).find({ _id: { $in: [...deliveryIds] } });
    return new Set(found.map((doc) => doc._id));
  }

  private async recordOne(doc: Doc): Promise<void> {
    const deliveries = this.store.collection(CHANNEL_DELIVERIES);
    for (;;) {
      const existing = await deliveries.findOne({ _id: doc._id });
      const next = existing ? { ...existing, attempts: Number(existing.attempts) + 1, _position: existing._position + 1 } : doc;
      try {
        await this.store.commit([{ collection: CHANNEL_DELIVERIES, doc: next, ifPosition: existing?._position ?? 0 }]);
        return;
      } catch (error) {
        if (!(error instanceof DocumentConflictError)) throw error;
      }
    }
  }
}
