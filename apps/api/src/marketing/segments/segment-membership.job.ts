import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { EventEnvelope } from '../../../../../libs/event-store/envelope';
import { EventStore } from '../../../../../libs/event-store/event-store.port';
import { membershipDecider } from '../../../../../libs/domain/marketing/segment.decider';
import { segmentMemberStream } from '../../../../../libs/domain/marketing/segment.events';
import { DocumentStore } from '../../../../../libs/read-models/document-store.port';
import { SEGMENT_INPUTS } from '../../../../../libs/read-models/marketing/segment-facts';
import { memberDocId, SegmentMemberDoc } from '../../../../../libs/read-models/marketing/segment-members.projection';
import { SegmentDoc } from '../../../../../libs/read-models/marketing/segments.projection';
import { DeciderExecutor } from '../../commands/decider-executor';
import { BackgroundJob, BackgroundJobs, Fence } from '../../infrastructure/background-jobs';
import { API_CONFIG, DOCUMENT_STORE, RAW_EVENT_STORE } from '../../infrastructure/tokens';
import { ApiConfig } from '../../config/config';
import { ReadModels } from '../../read-side/read-models.service';
import { belongs, loadFacts } from './segment-evaluator';

export const SEGMENT_CHECKPOINTS = 'segment_checkpoints';
const CHECKPOINT_ID = 'segment-membership';
const ACTOR = 'system:segments';
const LOG_BATCH = 1000;
const CUSTOMER_BATCH = 200;
/** Batches per round, so one round never holds the worker (and its lease renewal) for long. */
const BATCHES_PER_RUN = 10;
const SEGMENT_EVENTS = new Set(['crm.segment.defined', 'crm.segment.rule-changed']);

/**
 * Keeps segment membership live. Reads the log after its checkpoint; every customer whose 360°
 * parts an event changed is evaluated against every segment, and every customer against a segment
 * whose rule was defined or changed. A verdict that differs from the membership read model goes
 * through the membership decider (the customer's membership stream is the truth), with an
 * idempotency key derived from segment, customer, cause and verdict: a repeated batch after a
 * crash or a takeover finds its own events and writes nothing twice. Every write is fenced.
 */
@Injectable()
export class SegmentMembershipJob implements BackgroundJob, OnModuleInit {
  readonly name = 'segment-membership';
  /** Log position of this job's last membership event: the read model must show it before the next batch trusts it. */
  private lastWritten = 0;

  constructor(
    /** The log as stored (sealed): only types, ids, positions and metadata are read, so no subject key is opened. */
    @Inject(RAW_EVENT_STORE) private readonly store: EventStore,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(DeciderExecutor) private readonly executor: DeciderExecutor,
    @Inject(BackgroundJobs) private readonly jobs: BackgroundJobs,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this);
  }

  async run(_now: Date, fence: Fence): Promise<void> {
    // A third of the lease: the round ends well before its tenure could run out under it.
    const deadline = Date.now() + this.config.worker.leaseMs / 3;
    for (let i = 0; i < BATCHES_PER_RUN && (await this.runBatch(fence, LOG_BATCH, deadline)) > 0; i++);
  }

  /**
   * One batch of the log; how many events it read (0 = caught up, or out of time). A batch cut
   * short by the deadline keeps its checkpoint: the next round repeats it, and what this one wrote
   * is then in the membership read model, so it goes on where this one stopped.
   */
  async runBatch(fence: Fence, limit = LOG_BATCH, deadline = Infinity): Promise<number> {
    const checkpoint = (await this.documents.collection(SEGMENT_CHECKPOINTS).findOne({ _id: CHECKPOINT_ID }))?._position ?? 0;
    const events = await this.store.readAll({ after: checkpoint, limit });
    if (events.length === 0) return 0;
    const last = events[events.length - 1].position;
    await this.readModels.awaitPosition(Math.max(last, this.lastWritten));
    const { changedSegments, customers } = whatChanged(events);
    const segments = await this.segments();
    if (segments.length === 0 && changedSegments.size === 0) return this.skipWithoutSegments(last, events.length, fence);
    for (const segment of segments.filter((s) => changedSegments.has(s.segmentId))) {
      const ruleEvent = changedSegments.get(segment.segmentId)!;
      // A customer changed after the rule in the same batch: that later event is the cause.
      const causeOf = (id: string) => (customers.get(id)?.position ?? 0) > ruleEvent.position ? customers.get(id)! : ruleEvent;
      if (!(await this.evaluateAll(segment, causeOf, fence, deadline))) return 0;
    }
    const steady = segments.filter((s) => !changedSegments.has(s.segmentId));
    const ids = [...customers.keys()];
    for (let i = 0; steady.length && i < ids.length; i += CUSTOMER_BATCH) {
      if (Date.now() > deadline) return 0;
      const chunk = ids.slice(i, i + CUSTOMER_BATCH);
      await this.evaluate(steady, chunk, (id) => customers.get(id)!, fence);
    }
    await fence();
    await this.documents.commit([{ collection: SEGMENT_CHECKPOINTS, doc: { _id: CHECKPOINT_ID, _position: last } }]);
    return events.length;
  }

  private async segments(): Promise<SegmentDoc[]> {
    return (await (await this.readModels.collection('segments')).find({ _id: { $gt: '' } }, { sort: { _id: 1 } })) as SegmentDoc[];
  }

  /**
   * With no segment at all, nothing up to the log's head can change a membership (a segment defined
   * later is evaluated over every customer then): the checkpoint moves to the head at once, instead
   * of walking an imported million events batch by batch on the request loop.
   */
  private async skipWithoutSegments(last: number, read: number, fence: Fence): Promise<number> {
    const head = Math.max(last, await this.store.headPosition());
    await this.readModels.awaitPosition(head);
    const to = (await this.segments()).length === 0 ? head : last;
    await fence();
    await this.documents.commit([{ collection: SEGMENT_CHECKPOINTS, doc: { _id: CHECKPOINT_ID, _position: to } }]);
    return read;
  }

  /** A new or changed rule: every customer, page by page; false when the deadline came first. */
  private async evaluateAll(segment: SegmentDoc, causeOf: (customerId: string) => EventEnvelope, fence: Fence, deadline: number): Promise<boolean> {
    const profiles = await this.readModels.collection('customer-360');
    for (let after = ''; ;) {
      if (Date.now() > deadline) return false;
      const page = await profiles.find({ _id: { $gt: after } }, { sort: { _id: 1 }, limit: CUSTOMER_BATCH });
      if (page.length === 0) return true;
      await this.evaluate([segment], page.map((doc) => String(doc._id)), causeOf, fence);
      after = String(page[page.length - 1]._id);
    }
  }

  private async evaluate(segments: SegmentDoc[], customerIds: string[], causeOf: (customerId: string) => EventEnvelope, fence: Fence): Promise<void> {
    const facts = await loadFacts(this.readModels, customerIds);
    const memberIds = segments.flatMap((s) => customerIds.map((c) => memberDocId(s.segmentId, c)));
    const known = new Map((await (await this.readModels.collection('segment-members')).find({ _id: { $in: memberIds } })).map((doc) => [String(doc._id), doc as SegmentMemberDoc]));
    for (const segment of segments) {
      for (const customerId of customerIds) {
        const matches = belongs(segment, facts.get(customerId));
        if (matches === (known.get(memberDocId(segment.segmentId, customerId))?.member ?? false)) continue;
        await fence();
        await this.decide(segment, customerId, matches, causeOf(customerId));
      }
    }
  }

  private async decide(segment: SegmentDoc, customerId: string, matches: boolean, cause: EventEnvelope): Promise<void> {
    const key = `segment:${segment.segmentId}:${customerId}:${cause.position}:${matches ? 'in' : 'out'}`;
    const result = await this.executor.execute({
      decider: membershipDecider,
      streamId: segmentMemberStream(segment.segmentId, customerId),
      entityId: customerId,
      subjectId: customerId,
      command: { type: 'EvaluateMembership', segmentId: segment.segmentId, customerId, matches, ruleVersion: segment.ruleVersion, causePosition: cause.position },
      // Business time of the change = that of the event that caused it.
      context: { actor: ACTOR, correlationId: cause.metadata.correlationId, source: 'system', occurredAt: cause.occurredAt, idempotencyKey: key, requestHash: key },
    });
    this.lastWritten = Math.max(this.lastWritten, result.position);
  }
}

/** Segments whose rule an event set, and customers whose 360° parts an event touched, each with its latest cause. */
export function whatChanged(events: EventEnvelope[]): { changedSegments: Map<string, EventEnvelope>; customers: Map<string, EventEnvelope> } {
  const changedSegments = new Map<string, EventEnvelope>();
  const customers = new Map<string, EventEnvelope>();
  for (const event of events) {
    if (SEGMENT_EVENTS.has(event.type)) changedSegments.set(String(event.data.segmentId), event);
    for (const projection of SEGMENT_INPUTS) {
      if (projection.canHandle && !projection.canHandle(event.type)) continue;
      for (const id of projection.documentIds(event)) customers.set(id, event);
    }
  }
  return { changedSegments, customers };
}
