import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { NoticeCommand, noticeDecider, NoticeState } from '../../../../../libs/domain/marketing/notice.decider';
import { NoticeRecipient } from '../../../../../libs/domain/marketing/notice-routing';
import { NoticeEvent, noticeStream } from '../../../../../libs/domain/marketing/notice.events';
import { fold } from '../../../../../libs/domain/shared/decider';
import { EventStore } from '../../../../../libs/event-store/event-store.port';
import { WrongExpectedRevisionError } from '../../../../../libs/event-store/errors';
import { ChannelAdapters } from '../../../../../libs/messaging/channels/channel-adapter.port';
import { ApiConfig } from '../../config/config';
import { BackgroundJob, BackgroundJobs, Fence } from '../../infrastructure/background-jobs';
import { API_CONFIG, EVENT_STORE } from '../../infrastructure/tokens';
import { ReadModels } from '../../read-side/read-models.service';
import { SEGMENT_MEMBERS, SegmentMembers } from '../campaigns/segment-members';
import { dispatchBatch } from './notice-dispatch';

export const CHANNEL_ADAPTERS = Symbol('CHANNEL_ADAPTERS');

type Running = Exclude<NoticeState, { status: 'absent' }>;

/**
 * The worker's notice job: each round it takes the unfinished notices oldest first and dispatches
 * batches of members (customer-id order, the segment as it stands when each batch is read) until its round budget is
 * spent. Every batch is recorded in the notice's stream at the expected revision after it was
 * sent: the cursor a later round, a restarted process or another worker resumes after. The first
 * batch of a round is in doubt (the last round may have died between sending and recording it),
 * so the channels are asked what they already took.
 */
@Injectable()
export class NoticeRunner implements BackgroundJob, OnModuleInit {
  readonly name = 'notices';
  private readonly logger = new Logger('notices');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(SEGMENT_MEMBERS) private readonly members: SegmentMembers,
    @Inject(CHANNEL_ADAPTERS) private readonly adapters: ChannelAdapters,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(BackgroundJobs) private readonly jobs: BackgroundJobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this);
  }

  async run(_now: Date, fence: Fence): Promise<void> {
    const deadline = Date.now() + this.config.notices.roundMs;
    const open = await (await this.readModels.collection('notices')).find({ status: { $in: ['queued', 'running'] } }, { sort: { requestedAt: 1 }, limit: 20 });
    // Every round moves the oldest open notice by at least one batch, whatever the budget.
    for (const [index, doc] of open.entries()) {
      if (index > 0 && Date.now() >= deadline) return;
      await this.advance(String(doc._id), deadline, fence);
    }
  }

  /** Dispatches batches of one notice until it is complete or the deadline passed. */
  async advance(noticeId: string, deadline: number, fence: Fence): Promise<void> {
    const streamId = noticeStream(noticeId);
    const history = await this.store.readStream(streamId);
    let state = fold(noticeDecider, history as unknown as NoticeEvent[]);
    let revision = history.length - 1;
    if (state.status === 'absent' || state.status === 'completed') return;
    const partnerIds = state.notice.partnerId ? await this.subtreeOf(state.notice.partnerId) : undefined;
    const append = async (command: NoticeCommand, running: Running): Promise<boolean> => {
      const events = noticeDecider.decide(command, running, { now: new Date().toISOString(), newId: () => noticeId });
      if (events.length === 0) return true;
      await fence();
      try {
        // Fresh event ids: a worker that lost the race fails on the revision rather than passing as an idempotent repeat.
        const result = await this.store.append(streamId, events.map((event) => ({
          eventId: randomUUID(), type: event.type, schemaVersion: 1, data: event.data as unknown as Record<string, unknown>,
          subjectId: noticeId, occurredAt: new Date().toISOString(), metadata: { actor: 'system:notices', correlationId: noticeId, source: 'system' as const },
        })), revision);
        revision = result.revision;
        state = events.reduce((s, e) => noticeDecider.evolve(s, e), state);
        return true;
      } catch (error) {
        // Another worker moved the notice on: this one stops, it will reload next round.
        if (error instanceof WrongExpectedRevisionError) return false;
        throw error;
      }
    };
    if (state.status === 'requested') {
      const total = await this.total(state.notice.segmentId, partnerIds);
      if (!(await append({ type: 'StartNotice', total }, state))) return;
    }
    for (let inDoubt = true; inDoubt || Date.now() < deadline; inDoubt = false) {
      const running = state as Running;
      const page = await this.members.page(running.notice.segmentId, { after: running.cursor ?? undefined, limit: this.config.notices.batchSize, ...(partnerIds ? { partnerIds } : {}) });
      const cursor = page.next ?? page.items.at(-1)?.customerId;
      if (cursor === undefined || (running.cursor !== null && cursor <= running.cursor)) {
        await append({ type: 'CompleteNotice' }, running);
        this.logger.log(`notice ${noticeId} completed: ${running.sent} sent, ${running.failed} failed`);
        return;
      }
      const recipients = await this.recipients(page.items.map((m) => m.customerId));
      const outcome = await dispatchBatch(running.notice, recipients, this.adapters, inDoubt);
      if (!(await append({ type: 'RecordNoticeBatch', batch: running.batches + 1, lastCustomerId: cursor, ...outcome }, running))) return;
    }
  }

  /** The members the notice will reach: the segment walked once when the notice starts. */
  private async total(segmentId: string, partnerIds: string[] | undefined): Promise<number> {
    let total = 0;
    for (let after: string | undefined; ;) {
      const page = await this.members.page(segmentId, { after, limit: 5000, ...(partnerIds ? { partnerIds } : {}) });
      total += page.items.length;
      if (page.next === null) return total;
      after = page.next;
    }
  }

  /** The members' contact data from the 360° read model, in the members' order; a member without one counts as failed. */
  private async recipients(customerIds: string[]): Promise<NoticeRecipient[]> {
    const docs = await (await this.readModels.collection('customer-360')).find({ _id: { $in: customerIds } });
    const byId = new Map(docs.map((doc) => [String(doc._id), doc]));
    return customerIds.map((customerId) => {
      const doc = byId.get(customerId);
      return {
        customerId, preferredLanguage: (doc?.preferredLanguage as string | null) ?? null, emails: (doc?.emails as string[]) ?? [], phones: (doc?.phones as string[]) ?? [],
        consents: (doc?.consents as NoticeRecipient['consents']) ?? [],
      };
    });
  }

  private async subtreeOf(partnerId: string): Promise<string[]> {
    const partners = await this.readModels.collection('partners');
    return (await partners.find({ path: partnerId })).map((p) => String(p._id));
  }
}
