import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { noticeDecider } from '../libs/domain/marketing/notice.decider';
import { noticeStream } from '../libs/domain/marketing/notice.events';
import { SqliteEventStore } from '../libs/event-store/sqlite-event-store';
import { ChannelAdapters } from '../libs/messaging/channels/channel-adapter.port';
import { CHANNEL_DELIVERIES, RecordingChannelAdapter } from '../libs/messaging/channels/recording-channel-adapter';
import { customer360Projection } from '../libs/read-models/customer/customer-360.projection';
import { segmentMembersProjection } from '../libs/read-models/marketing/segment-members.projection';
import { activeCollection } from '../libs/read-models/runner/registry';
import { SqliteDocumentStore } from '../libs/read-models/sqlite/sqlite-document-store';
import { ApiConfig } from '../apps/api/src/config/config';
import { BackgroundJobs } from '../apps/api/src/infrastructure/background-jobs';
import { NoticeRunner } from '../apps/api/src/marketing/notices/notice-runner';
import { SegmentMembersReader } from '../apps/api/src/marketing/campaigns/segment-members.provider';
import { SegmentDirectory } from '../apps/api/src/marketing/segments/segment-directory';
import { ReadModels } from '../apps/api/src/read-side/read-models.service';
import { Figure } from './figure';

const SEGMENT = 'seg-bench';
const LANGUAGES = ['en', 'fa-IR', 'de', 'tr'];
const pad = (i: number) => `cus-${String(i).padStart(8, '0')}`;

/** The read models a notice reads, written directly (the projections' own benches cover building them): customers and one segment holding them all. */
async function seed(store: SqliteDocumentStore, members: number): Promise<void> {
  const customers = await activeCollection(store, customer360Projection.name);
  const memberships = await activeCollection(store, segmentMembersProjection.name);
  await store.ensureIndexes(memberships, segmentMembersProjection.indexes);
  for (let from = 0; from < members; from += 5000) {
    const writes = [];
    for (let i = from; i < Math.min(members, from + 5000); i++) {
      const customerId = pad(i);
      // Most reachable by email, some by SMS only, a few by neither (they count as failed).
      const emails = i % 10 < 8 ? [`m${i}@example.com`] : [];
      const phones = i % 10 === 8 ? [`+98912${String(i).padStart(7, '0')}`] : [];
      writes.push({ collection: customers, doc: { _id: customerId, _position: 1, customerId, preferredLanguage: LANGUAGES[i % 5] ?? null, emails, phones, consents: [], partnerId: null } });
      writes.push({ collection: memberships, doc: {
        _id: `${SEGMENT}:${customerId}`, _position: 1, segmentId: SEGMENT, customerId, member: true, enteredAt: '2026-01-01T00:00:00.000Z', firstEnteredAt: '2026-01-01T00:00:00.000Z',
        changes: [{ at: '2026-01-01T00:00:00.000Z', entered: true, position: 1 }],
      } });
    }
    await store.commit(writes);
  }
}

/** The recording adapter alone: the same number of deliveries committed in batches of the same size, nothing read. */
async function baselineDeliveries(store: SqliteDocumentStore, members: number, batch: number): Promise<number> {
  const adapter = new RecordingChannelAdapter('email', store);
  const started = performance.now();
  for (let from = 0; from < members; from += batch) {
    const messages = [];
    for (let i = from; i < Math.min(members, from + batch); i++) messages.push({ deliveryId: `baseline-${i}`, noticeId: 'baseline', customerId: pad(i), channel: 'email' as const, language: 'en', text: 'x' });
    await adapter.send(messages);
  }
  return (performance.now() - started) / 1000;
}

/**
 * A notice to every member through the worker's NoticeRunner in rounds of its default budget, on
 * the embedded stores with the recording adapter; beside it, the recording adapter's own rate.
 */
export async function benchNotices(dir: string, members: number): Promise<Figure[]> {
  const events = new SqliteEventStore(join(dir, 'events.db'));
  const documents = new SqliteDocumentStore(join(dir, 'read-models.db'));
  try {
    await seed(documents, members);
    await RecordingChannelAdapter.ensureIndexes(documents);
    const readModels = { collection: async (name: string) => documents.collection(await activeCollection(documents, name)) } as unknown as ReadModels;
    const segments = new SegmentMembersReader(readModels, {} as SegmentDirectory);
    const adapters = new ChannelAdapters((['email', 'sms', 'push'] as const).map((c) => new RecordingChannelAdapter(c, documents)));
    const config = { notices: { batchSize: 1000, roundMs: 3000 } } as ApiConfig;
    const runner = new NoticeRunner(events, readModels, segments, adapters, config, new BackgroundJobs());
    const noticeId = 'notice-bench';
    const [requested] = noticeDecider.decide({ type: 'RequestNotice', noticeId, segmentId: SEGMENT, purpose: 'service', text: { en: 'Maintenance tonight', 'fa-IR': 'امشب نگهداری داریم', de: 'Heute Nacht Wartung' } }, noticeDecider.initialState, { now: new Date().toISOString(), newId: () => noticeId });
    await events.append(noticeStream(noticeId), [{ eventId: 'req', type: requested.type, schemaVersion: 1, data: requested.data as unknown as Record<string, unknown>, occurredAt: new Date().toISOString(), metadata: { actor: 'bench', correlationId: 'bench', source: 'system' } }], 'no-stream');

    const started = performance.now();
    let rounds = 0;
    for (;;) {
      rounds++;
      await runner.advance(noticeId, Date.now() + config.notices.roundMs, async () => undefined);
      const last = (await events.readStream(noticeStream(noticeId))).at(-1);
      if (last?.type === 'crm.notice.completed') break;
    }
    const seconds = (performance.now() - started) / 1000;
    const delivered = await documents.collection(CHANNEL_DELIVERIES).count({ noticeId });
    const completed = (await events.readStream(noticeStream(noticeId))).at(-1)!.data as { sent: number; failed: number };
    if (completed.sent + completed.failed !== members || delivered !== completed.sent) throw new Error(`notice counts disagree: ${JSON.stringify(completed)}, ${delivered} deliveries recorded`);
    const baseline = await baselineDeliveries(documents, members, config.notices.batchSize);
    console.log(`notice to ${members} members: ${seconds.toFixed(1)} s in ${rounds} rounds, ${completed.sent} sent, ${completed.failed} failed`);
    return [
      { name: `notice to ${members} members, wall time`, value: seconds, unit: 's', target: members >= 1_000_000 ? '<= 600 s' : `<= ${Math.ceil((600 * members) / 1_000_000)} s (pro rata)` },
      { name: 'notice rate (members per second)', value: members / seconds, unit: 'members/s', baseline: { name: 'recording adapter alone', value: members / baseline }, target: '>= 1667 members/s' },
    ];
  } finally {
    await events.close();
    await documents.close();
  }
}
