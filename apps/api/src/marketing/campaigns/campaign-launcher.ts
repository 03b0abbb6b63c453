import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { consentChannelOf, consentInForce } from '../../../../../libs/domain/compliance/consent-in-force';
import { customerStream } from '../../../../../libs/domain/customer/customer.events';
import { interactionDecider } from '../../../../../libs/domain/interaction/interaction.decider';
import { interactionStream } from '../../../../../libs/domain/interaction/interaction.events';
import { assignVariant } from '../../../../../libs/domain/marketing/campaign-variants';
import { CampaignCommand, campaignDecider, CampaignState } from '../../../../../libs/domain/marketing/campaign.decider';
import { CampaignCreated, CampaignEvent, campaignStream, LaunchCounts } from '../../../../../libs/domain/marketing/campaign.events';
import { fold } from '../../../../../libs/domain/shared/decider';
import { EventEnvelope } from '../../../../../libs/event-store/envelope';
import { EventStore } from '../../../../../libs/event-store/event-store.port';
import { WrongExpectedRevisionError } from '../../../../../libs/event-store/errors';
import { deterministicId } from '../../commands/deterministic-id';
import { BackgroundJob, BackgroundJobs, Fence } from '../../infrastructure/background-jobs';
import { API_CONFIG, EVENT_STORE, RAW_EVENT_STORE } from '../../infrastructure/tokens';
import { ApiConfig } from '../../config/config';
import { ReadModels } from '../../read-side/read-models.service';
import { SEGMENT_MEMBERS, SegmentMembers } from './segment-members';

const PAGE = 500;
/** How long one worker round keeps launching before it hands back: 3 s, or a fifth of a shorter lease (the round's other jobs need the rest). */
const roundMs = (config: ApiConfig): number => Math.min(3000, Math.floor(config.worker.leaseMs / 5));

/** The interaction id of a campaign's contact with a member: one stream per pair, so a second contact cannot be appended. */
export const campaignContactInteractionId = (campaignId: string, customerId: string): string => deterministicId('campaign-contact', campaignId, customerId);
/** Every contact of one launch carries this correlation id, so a resumed page knows its own contacts from earlier launches'. */
const launchCorrelation = (campaignId: string, launch: number): string => `campaign-launch:${campaignId}:${launch}`;

interface Launch {
  campaign: CampaignCreated['data'];
  launch: number;
  /** Business time of the request: consent is judged at this instant. */
  at: string;
  actor: string;
}

/**
 * The worker's launch job. Each contact is an outbound interaction in its own stream
 * `interaction-<id(campaign, customer)>`, appended only if that stream does not exist yet (the
 * store's compare-and-set), carrying the campaign, the variant and the consent in force read from
 * the customer's log at the launch's instant; members without it are counted and never contacted.
 * Pages of members are recorded in the campaign's stream at the expected revision (counts and
 * cursor), so a restart or a takeover resumes after the last page and contacts nobody twice.
 */
@Injectable()
export class CampaignLauncher implements BackgroundJob, OnModuleInit {
  readonly name = 'campaign-launches';
  private readonly logger = new Logger('campaigns');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(RAW_EVENT_STORE) private readonly rawStore: EventStore,
    @Inject(SEGMENT_MEMBERS) private readonly members: SegmentMembers,
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(BackgroundJobs) private readonly jobs: BackgroundJobs,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this);
  }

  async run(_now: Date, fence: Fence): Promise<void> {
    const deadline = Date.now() + roundMs(this.config);
    const open = await (await this.readModels.collection('campaigns')).find({ launching: true }, { limit: 20 });
    for (const [index, doc] of open.entries()) {
      if (index > 0 && Date.now() >= deadline) return;
      await this.advance(String(doc._id), deadline, fence);
    }
  }

  /** Handles pages of the campaign's running launch until it is finished or the deadline passed (at least one page). */
  async advance(campaignId: string, deadline: number, fence: Fence): Promise<void> {
    const streamId = campaignStream(campaignId);
    const history = await this.store.readStream(streamId);
    let state: CampaignState = fold(campaignDecider, history as unknown as CampaignEvent[]);
    let revision = history.length - 1;
    if (state.status !== 'created' || !state.pending) return;
    const request = [...history].reverse().find((e) => e.type === 'crm.campaign.launch-requested') as EventEnvelope;
    const launch: Launch = { campaign: state.campaign, launch: state.pending.launch, at: request.occurredAt, actor: request.metadata.actor };
    const partnerIds = state.campaign.partnerId ? await this.subtreeOf(state.campaign.partnerId) : undefined;
    for (let inDoubt = true; inDoubt || Date.now() < deadline; inDoubt = false) {
      const pending = (state as Extract<CampaignState, { status: 'created' }>).pending!;
      const page = await this.members.page(launch.campaign.segmentId, { after: pending.cursor ?? undefined, limit: PAGE, ...(partnerIds ? { partnerIds } : {}) });
      const counts: LaunchCounts = { contacted: 0, skippedWithoutConsent: 0, alreadyContacted: 0 };
      await fence();
      for (const outcome of await Promise.all(page.items.map((m) => this.contact(launch, m.customerId, inDoubt)))) counts[outcome]++;
      const cursor = page.next ?? page.items.at(-1)?.customerId ?? pending.cursor ?? '';
      const command: CampaignCommand = { type: 'RecordLaunchPage', launch: launch.launch, cursor, last: page.next === null, ...counts };
      const events = campaignDecider.decide(command, state, { now: new Date().toISOString(), newId: randomUUID });
      await fence();
      try {
        const result = await this.store.append(streamId, events.map((event) => ({
          eventId: randomUUID(), type: event.type, schemaVersion: 1, data: event.data as unknown as Record<string, unknown>, subjectId: campaignId,
          occurredAt: new Date().toISOString(), metadata: { actor: 'system:campaigns', correlationId: launchCorrelation(campaignId, launch.launch), source: 'system' as const },
        })), revision);
        revision = result.revision;
      } catch (error) {
        // Another worker moved the launch on: it will be reloaded next round.
        if (error instanceof WrongExpectedRevisionError) return;
        throw error;
      }
      state = events.reduce<CampaignState>((s, e) => campaignDecider.evolve(s, e), state);
      if (page.next === null) {
        this.logger.log(`campaign ${campaignId} launch ${launch.launch} finished`);
        return;
      }
    }
  }

  private async contact(launch: Launch, customerId: string, inDoubt: boolean): Promise<keyof LaunchCounts> {
    const { campaign } = launch;
    const interactionId = campaignContactInteractionId(campaign.campaignId, customerId);
    const streamId = interactionStream(interactionId);
    const [existing] = await this.rawStore.readStream(streamId);
    // A page redone after a crash finds its own contacts: they still count for this launch.
    if (existing) return inDoubt && existing.metadata.correlationId === launchCorrelation(campaign.campaignId, launch.launch) ? 'contacted' : 'alreadyContacted';
    // The consent needs no personal field: the customer's log is read sealed.
    const customer = await this.rawStore.readStream(customerStream(customerId));
    const { decidedBy: _proof, ...consent } = consentInForce(customer, campaign.purpose, consentChannelOf(campaign.channel) ?? 'any', launch.at);
    if (!consent.granted) return 'skippedWithoutConsent';
    const variant = assignVariant(campaign.variants, campaign.campaignId, customerId);
    const [event] = interactionDecider.decide(
      {
        type: 'RecordInteraction', interactionId, customerId, channel: campaign.channel, direction: 'outbound', subject: campaign.name,
        basis: 'consent', purpose: campaign.purpose, consent, campaign: { campaignId: campaign.campaignId, ...(variant ? { variant } : {}) },
      },
      interactionDecider.initialState,
      { now: launch.at, newId: () => interactionId },
    );
    try {
      await this.store.append(streamId, [{
        // A fresh event id: a concurrent append then fails on the revision instead of passing as an idempotent repeat.
        eventId: randomUUID(), type: event.type, schemaVersion: 1, data: event.data as unknown as Record<string, unknown>, personal: event.personal,
        subjectId: customerId, occurredAt: launch.at, metadata: { actor: launch.actor, correlationId: launchCorrelation(campaign.campaignId, launch.launch), source: 'system' },
      }], 'no-stream');
      return 'contacted';
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) return 'alreadyContacted';
      throw error;
    }
  }

  private async subtreeOf(partnerId: string): Promise<string[]> {
    const partners = await this.readModels.collection('partners');
    return (await partners.find({ path: partnerId })).map((p) => String(p._id));
  }
}
