import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { consentChannelOf, consentInForce } from '../../../../../libs/domain/compliance/consent-in-force';
import { customerStream } from '../../../../../libs/domain/customer/customer.events';
import { interactionDecider } from '../../../../../libs/domain/interaction/interaction.decider';
import { interactionStream } from '../../../../../libs/domain/interaction/interaction.events';
import { assignVariant } from '../../../../../libs/domain/marketing/campaign-variants';
import { CampaignCreated } from '../../../../../libs/domain/marketing/campaign.events';
import { EventStore } from '../../../../../libs/event-store/event-store.port';
import { WrongExpectedRevisionError } from '../../../../../libs/event-store/errors';
import { CommandContext } from '../../commands/command-context';
import { deterministicId } from '../../commands/deterministic-id';
import { EVENT_STORE, RAW_EVENT_STORE } from '../../infrastructure/tokens';
import { ReadModels } from '../../read-side/read-models.service';
import { SEGMENT_MEMBERS, SegmentMembers } from './segment-members';

export interface LaunchCounts {
  contacted: number;
  skippedWithoutConsent: number;
  /** Members an earlier launch (or a concurrent one) already contacted: never contacted again. */
  alreadyContacted: number;
}

const PAGE = 500;

/** The interaction id of a campaign's contact with a member: one stream per pair, so a second contact cannot be appended. */
export const campaignContactInteractionId = (campaignId: string, customerId: string): string => deterministicId('campaign-contact', campaignId, customerId);

/**
 * Contacts every member of the campaign's segment once: each contact is an outbound interaction in
 * its own stream `interaction-<id(campaign, customer)>`, appended only if that stream does not
 * exist yet (the store's compare-and-set), carrying the campaign, the variant and the consent in
 * force read from the customer's log at the launch instant. Members without that consent are
 * counted and never contacted. A partner's campaign reaches only the members of its subtree.
 */
@Injectable()
export class CampaignLauncher {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(RAW_EVENT_STORE) private readonly rawStore: EventStore,
    @Inject(SEGMENT_MEMBERS) private readonly members: SegmentMembers,
    @Inject(ReadModels) private readonly readModels: ReadModels,
  ) {}

  async launch(campaign: CampaignCreated['data'], context: CommandContext): Promise<LaunchCounts> {
    const counts: LaunchCounts = { contacted: 0, skippedWithoutConsent: 0, alreadyContacted: 0 };
    const partnerIds = campaign.partnerId ? await this.subtreeOf(campaign.partnerId) : undefined;
    for (let after: string | undefined; ;) {
      const page = await this.members.page(campaign.segmentId, { after, limit: PAGE, ...(partnerIds ? { partnerIds } : {}) });
      const outcomes = await Promise.all(page.items.map((member) => this.contact(campaign, member.customerId, context)));
      for (const outcome of outcomes) counts[outcome]++;
      if (page.next === null) return counts;
      after = page.next;
    }
  }

  private async contact(campaign: CampaignCreated['data'], customerId: string, context: CommandContext): Promise<keyof LaunchCounts> {
    const interactionId = campaignContactInteractionId(campaign.campaignId, customerId);
    const streamId = interactionStream(interactionId);
    if ((await this.rawStore.readStream(streamId)).length > 0) return 'alreadyContacted';
    // The consent needs no personal field: the customer's log is read sealed.
    const customer = await this.rawStore.readStream(customerStream(customerId));
    const consentChannel = consentChannelOf(campaign.channel) ?? 'any';
    const { decidedBy: _proof, ...consent } = consentInForce(customer, campaign.purpose, consentChannel, context.occurredAt);
    if (!consent.granted) return 'skippedWithoutConsent';
    const variant = assignVariant(campaign.variants, campaign.campaignId, customerId);
    const [event] = interactionDecider.decide(
      {
        type: 'RecordInteraction', interactionId, customerId, channel: campaign.channel, direction: 'outbound', subject: campaign.name,
        basis: 'consent', purpose: campaign.purpose, consent, campaign: { campaignId: campaign.campaignId, ...(variant ? { variant } : {}) },
      },
      interactionDecider.initialState,
      { now: context.occurredAt, newId: () => interactionId },
    );
    try {
      await this.store.append(streamId, [{
        // A fresh event id: a concurrent launch's append then fails on the revision instead of passing as an idempotent repeat.
        eventId: randomUUID(), type: event.type, schemaVersion: 1,
        data: event.data as unknown as Record<string, unknown>, personal: event.personal, subjectId: customerId, occurredAt: context.occurredAt,
        metadata: { actor: context.actor, correlationId: context.correlationId, source: context.source },
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
