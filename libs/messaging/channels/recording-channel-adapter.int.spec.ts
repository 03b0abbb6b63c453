import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteDocumentStore } from '../../read-models/sqlite/sqlite-document-store';
import { OutboundMessage } from './channel-adapter.port';
import { CHANNEL_DELIVERIES, RecordingChannelAdapter } from './recording-channel-adapter';

const message = (customerId: string): OutboundMessage => ({ deliveryId: `d-${customerId}`, noticeId: 'n-1', customerId, channel: 'email', language: 'en', text: 'Maintenance', address: `${customerId}@example.com` });

describe('the recording channel adapter', () => {
  let dir: string;
  let store: SqliteDocumentStore;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'crm-channel-'));
    store = new SqliteDocumentStore(join(dir, 'read-models.db'));
    await RecordingChannelAdapter.ensureIndexes(store);
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('records each delivery durably, without the address or the text, and answers which ones it took', async () => {
    const adapter = new RecordingChannelAdapter('email', store, () => new Date('2026-01-01T00:00:00.000Z'));
    expect(await adapter.send([message('c-1'), message('c-2')])).toEqual([{ deliveryId: 'd-c-1', ok: true }, { deliveryId: 'd-c-2', ok: true }]);
    const reopened = new SqliteDocumentStore(join(dir, 'read-models.db'));
    try {
      const docs = await reopened.collection(CHANNEL_DELIVERIES).find({ noticeId: 'n-1' });
      expect(docs).toEqual([
        { _id: 'd-c-1', _position: 1, noticeId: 'n-1', customerId: 'c-1', channel: 'email', language: 'en', attempts: 1, deliveredAt: '2026-01-01T00:00:00.000Z' },
        { _id: 'd-c-2', _position: 1, noticeId: 'n-1', customerId: 'c-2', channel: 'email', language: 'en', attempts: 1, deliveredAt: '2026-01-01T00:00:00.000Z' },
      ]);
    } finally {
      await reopened.close();
    }
    expect(await adapter.accepted(['d-c-2', 'd-c-3'])).toEqual(new Set(['d-c-2']));
  });

  it('does not hide a second delivery of the same message: it counts the attempt', async () => {
    const adapter = new RecordingChannelAdapter('email', store);
    await adapter.send([message('c-1')]);
    await adapter.send([message('c-1'), message('c-2')]);
    const docs = await store.collection(CHANNEL_DELIVERIES).find({ noticeId: 'n-1' });
    expect(docs.map((d) => [d.customerId, d.attempts])).toEqual([['c-1', 2], ['c-2', 1]]);
  });
});
