import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { fold } from '../../../../libs/domain/shared/decider';
import { invalid } from '../../../../libs/domain/shared/validation';
import { SubscriptionCommand, subscriptionDecider, SubscriptionState } from '../../../../libs/domain/subscription/subscription.decider';
import { SubscriptionEvent, subscriptionStream } from '../../../../libs/domain/subscription/subscription.events';
import { EventStore } from '../../../../libs/event-store/event-store.port';
import { generateSecret } from '../../../../libs/messaging/webhooks/standard-webhooks';
import { CommandContext, CommandResult } from '../commands/command-context';
import { DeciderExecutor } from '../commands/decider-executor';
import { deterministicId } from '../commands/deterministic-id';
import { ApiConfig } from '../config/config';
import { API_CONFIG, EVENT_STORE } from '../infrastructure/tokens';
import { ForbiddenTargetError, WebhookTargets } from '../service/automation/webhook-target';

type Decided = SubscriptionCommand extends infer C ? (C extends SubscriptionCommand ? Omit<C, 'subscriptionId'> : never) : never;

/** The subscription commands; secrets are made here and answered from the (decrypted) events, so a repeat answers the same one. */
@Injectable()
export class SubscriptionCommands {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DeciderExecutor) private readonly executor: DeciderExecutor,
    @Inject(WebhookTargets) private readonly targets: WebhookTargets,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  async stateOf(subscriptionId: string): Promise<SubscriptionState> {
    return fold(subscriptionDecider, (await this.store.readStream(subscriptionStream(subscriptionId))) as unknown as SubscriptionEvent[]);
  }

  async create(body: { url: unknown; types?: unknown; fromPosition?: unknown }, context: CommandContext): Promise<CommandResult & { secret: string }> {
    await this.refuseForbiddenTarget(body.url);
    const subscriptionId = context.idempotencyKey ? deterministicId(context.actor, context.idempotencyKey, 'subscription') : randomUUID();
    const result = await this.run(subscriptionId, { type: 'CreateSubscription', ...body, headPosition: await this.store.headPosition(), secret: generateSecret() }, context);
    return { ...result, secret: secretOf(result) };
  }

  async rotateSecret(subscriptionId: string, context: CommandContext): Promise<CommandResult & { secret: string; previousSecretValidUntil: string }> {
    const result = await this.run(subscriptionId, { type: 'RotateSecret', secret: generateSecret(), overlapMs: this.config.webhooks.secretOverlapMs }, context);
    return { ...result, secret: secretOf(result), previousSecretValidUntil: String(result.events[0]?.data.previousValidUntil) };
  }

  async replay(subscriptionId: string, fromPosition: unknown, context: CommandContext): Promise<CommandResult> {
    return this.run(subscriptionId, { type: 'ReplaySubscription', fromPosition, headPosition: await this.store.headPosition() }, context);
  }

  requeueDeadLetters(subscriptionId: string, context: CommandContext): Promise<CommandResult> {
    return this.run(subscriptionId, { type: 'RequeueDeadLetters' }, context);
  }

  delete(subscriptionId: string, context: CommandContext): Promise<CommandResult> {
    return this.run(subscriptionId, { type: 'DeleteSubscription' }, context);
  }

  private run(subscriptionId: string, command: Decided, context: CommandContext): Promise<CommandResult> {
    return this.executor.execute({
      decider: subscriptionDecider, streamId: subscriptionStream(subscriptionId), entityId: subscriptionId, subjectId: subscriptionId,
      command: { ...command, subscriptionId } as SubscriptionCommand, context,
    });
  }

  /** A target on this machine or a private network is refused before it is recorded (and checked again on every delivery). */
  private async refuseForbiddenTarget(url: unknown): Promise<void> {
    if (this.targets.allowPrivate || typeof url !== 'string' || !URL.canParse(url)) return; // the decider explains what is wrong
    try {
      await this.targets.check(url);
    } catch (error) {
      if (error instanceof ForbiddenTargetError) throw invalid('url', error.message);
      throw invalid('url', `cannot be resolved: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

function secretOf(result: CommandResult): string {
  const secret = result.events[0]?.personal?.secret;
  if (typeof secret !== 'string') throw new Error(`the secret of subscription ${result.id} cannot be read`);
  return secret;
}
