import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NoticeRecipient } from '../../../../../libs/domain/marketing/notice-routing';
import { ChannelAdapters } from '../../../../../libs/messaging/channels/channel-adapter.port';
import { CHANNEL_DELIVERIES, RecordingChannelAdapter } from '../../../../../libs/messaging/channels/recording-channel-adapter';
import { SqliteDocumentStore } from '../../../../../libs/read-models/sqlite/sqlite-document-store';
import { dispatchBatch } from './notice-dispatch';

const notice = { noticeId: 'n-1', segmentId: 'seg-1', purpose: 'service' as const, text: { en: 'Maintenance', 'fa-IR': 'نگهداری' }, languages: ['en', 'fa-IR'] };
const recipient = (customerId: string, extra: Partial<NoticeRecipient> = {}): NoticeRecipient => ({ customerId, preferredLanguage: null, emails: [`${customerId}@example.com`], phones: [], consents: [], ...extra });

describe('dispatching a batch of a notice', () => {
  let dir: string;
  let store: SqliteDocumentStore;
  let adapters: ChannelAdapters;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'crm-dispatch-'));
    store = new SqliteDocumentStore(join(dir, 'read-models.db'));
    adapters = new ChannelAdapters((['email', 'sms', 'push'] as const).map((c) => new RecordingChannelAdapter(c, store)));
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('sends each member one message on their channel and language and counts what failed for want of a channel', async () => {
    const outcome = await dispatchBatch(notice, [
      recipient('c-1', { preferredLanguage: 'fa' }),
      recipient('c-2', { emails: [], phones: ['+989121234567'] }),
      recipient('c-3', { emails: [] }),
    ], adapters, false);
    expect(outcome).toEqual({
      byChannel: { none: { sent: 0, failed: 1 }, email: { sent: 1, failed: 0 }, sms: { sent: 1, failed: 0 } },
      byLanguage: { 'fa-IR': { sent: 1, failed: 0 }, en: { sent: 1, failed: 1 } },
    });
    const docs = await store.collection(CHANNEL_DELIVERIES).find({ noticeId: 'n-1' });
    expect(docs.map((d) => [d.customerId, d.channel, d.language]).sort()).toEqual([['c-1', 'email', 'fa-IR'], ['c-2', 'sms', 'en']]);
  });

  it('re-sends an interrupted batch only to the members the channel has not taken yet, and counts all as sent', async () => {
    const batch = [recipient('c-1'), recipient('c-2'), recipient('c-3')];
    await dispatchBatch(notice, batch.slice(0, 2), adapters, false); // the run that died before recording its batch
    const outcome = await dispatchBatch(notice, batch, adapters, true);
    expect(outcome.byChannel).toEqual({ email: { sent: 3, failed: 0 } });
    const docs = await store.collection(CHANNEL_DELIVERIES).find({ noticeId: 'n-1' });
    expect(docs.map((d) => `${d.customerId}×${d.attempts}`).sort()).toEqual(['c-1×1', 'c-2×1', 'c-3×1']);
  });
});
