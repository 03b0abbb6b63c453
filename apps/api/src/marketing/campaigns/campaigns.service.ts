import { Inject, Injectable } from '@nestjs/common';
import { interactionStream } from '../../../../../libs/domain/interaction/interaction.events';
import { campaignResponseDecider } from '../../../../../libs/domain/marketing/campaign-response.decider';
import { campaignDecider, CreateCampaign } from '../../../../../libs/domain/marketing/campaign.decider';
import { campaignResponseStream, CampaignCreated, CampaignEvent, campaignStream, LaunchCounts } from '../../../../../libs/domain/marketing/campaign.events';
import { fold } from '../../../../../libs/domain/shared/decider';
import { ApiConfig } from '../../config/config';
import { NotFoundError } from '../../../../../libs/domain/shared/errors';
import { EventStore } from '../../../../../libs/event-store/event-store.port';
import { Principal } from '../../auth/principal';
import { CommandContext, CommandResult } from '../../commands/command-context';
import { DeciderExecutor } from '../../commands/decider-executor';
import { API_CONFIG, RAW_EVENT_STORE } from '../../infrastructure/tokens';
import { PartnerScope } from '../../partners/partner-scope';
import { newEntityId } from '../../service/commands/entity-id';
import { campaignContactInteractionId } from './campaign-launcher';
import { SEGMENT_MEMBERS, SegmentMembers } from './segment-members';

/** What POST …/launch answers: the launch's counts, final or so far. */
export interface LaunchAnswer extends LaunchCounts {
  launch: number;
  status: 'completed' | 'running';
  position: number;
}

/** Campaign commands: decided against the campaign's stream; a partner key sees only its subtree's campaigns (else 404). */
@Injectable()
export class Campaigns {
  constructor(
    @Inject(DeciderExecutor) private readonly executor: DeciderExecutor,
    @Inject(RAW_EVENT_STORE) private readonly store: EventStore,
    @Inject(PartnerScope) private readonly scope: PartnerScope,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(SEGMENT_MEMBERS) private readonly segments: SegmentMembers,
  ) {}

  async create(fields: Omit<CreateCampaign, 'type' | 'campaignId' | 'partnerId'>, context: CommandContext, principal: Principal | undefined): Promise<CommandResult> {
    if (typeof fields.segmentId === 'string') await this.segments.assertVisible(fields.segmentId, principal);
    const campaignId = newEntityId(context, 'campaign');
    const partnerId = principal?.role === 'partner' ? principal.partnerId : undefined;
    return this.executor.execute({
      decider: campaignDecider, streamId: campaignStream(campaignId), entityId: campaignId, subjectId: campaignId, context,
      command: { type: 'CreateCampaign', campaignId, ...fields, ...(partnerId ? { partnerId } : {}) },
    });
  }

  /** The campaign as its log says; 404 when absent or outside the principal's partner subtree. */
  async load(campaignId: string, principal: Principal | undefined): Promise<CampaignCreated['data']> {
    const [created] = await this.store.readStream(campaignStream(campaignId));
    const campaign = created?.type === 'crm.campaign.created' ? (created.data as unknown as CampaignCreated['data']) : undefined;
    if (!campaign || !(await this.visible(principal, campaign))) throw new NotFoundError('campaign', campaignId);
    return campaign;
  }

  /**
   * Asks the worker for a launch (or joins the one running) and waits for it up to
   * CRM_CAMPAIGN_LAUNCH_WAIT_MS: finished, the counts with `status: completed`; still running,
   * the counts so far with `status: running` (the controller answers 202).
   */
  async launch(campaignId: string, context: CommandContext, principal: Principal | undefined): Promise<LaunchAnswer> {
    await this.load(campaignId, principal);
    await this.executor.execute({
      decider: campaignDecider, streamId: campaignStream(campaignId), entityId: campaignId, subjectId: campaignId,
      context: { ...context, idempotencyKey: undefined, requestHash: undefined }, command: { type: 'RequestLaunch' },
    });
    const pending = async () => {
      const history = await this.store.readStream(campaignStream(campaignId));
      const state = fold(campaignDecider, history as unknown as CampaignEvent[]);
      return { history, state };
    };
    let { history, state } = await pending();
    const launch = state.status === 'created' ? (state.pending?.launch ?? state.launches) : 0;
    for (const until = Date.now() + this.config.campaigns.launchWaitMs; Date.now() < until && state.status === 'created' && state.pending?.launch === launch;) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      ({ history, state } = await pending());
    }
    const finished = history.find((e) => e.type === 'crm.campaign.launched' && e.data.launch === launch);
    if (finished) {
      const { contacted, skippedWithoutConsent, alreadyContacted } = finished.data as unknown as LaunchCounts;
      return { launch, status: 'completed', contacted, skippedWithoutConsent, alreadyContacted, position: finished.position };
    }
    const running = state.status === 'created' && state.pending ? state.pending : { contacted: 0, skippedWithoutConsent: 0, alreadyContacted: 0 };
    const { contacted, skippedWithoutConsent, alreadyContacted } = running;
    return { launch, status: 'running', contacted, skippedWithoutConsent, alreadyContacted, position: history.at(-1)?.position ?? 0 };
  }

  async recordResponse(campaignId: string, body: { customerId: string; kind: string; value?: unknown }, context: CommandContext, principal: Principal | undefined): Promise<CommandResult> {
    await this.load(campaignId, principal);
    const [contact] = await this.store.readStream(interactionStream(campaignContactInteractionId(campaignId, body.customerId)));
    const campaign = contact?.data.campaign as { variant?: string } | undefined;
    const responseId = newEntityId(context, 'campaign-response');
    return this.executor.execute({
      decider: campaignResponseDecider, streamId: campaignResponseStream(responseId), entityId: responseId, subjectId: body.customerId, context,
      command: { type: 'RecordCampaignResponse', responseId, campaignId, customerId: body.customerId, kind: body.kind, value: body.value, contact: campaign ? { ...campaign } : null },
    });
  }

  private visible(principal: Principal | undefined, campaign: CampaignCreated['data']): Promise<boolean> {
    return principal?.role === 'partner' ? this.scope.isPartnerVisible(principal, campaign.partnerId) : Promise.resolve(true);
  }
}
