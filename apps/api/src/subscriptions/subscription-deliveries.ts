import { performance } from 'node:perf_hooks';
import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { signingSecrets, SubscriptionState } from '../../../../libs/domain/subscription/subscription.decider';
import { EventEnvelope } from '../../../../libs/event-store/envelope';
import { EventStore } from '../../../../libs/event-store/event-store.port';
import { toCloudEvent } from '../../../../libs/messaging/cloudevents';
import { DocumentStore } from '../../../../libs/read-models/document-store.port';
import { webhookDeliveries } from '../../../../libs/observability/metrics';
import { ApiConfig } from '../config/config';
import { BackgroundJob, BackgroundJobs, Fence } from '../infrastructure/background-jobs';
import { API_CONFIG, DOCUMENT_STORE, RAW_EVENT_STORE } from '../infrastructure/tokens';
import { ReadModels } from '../read-side/read-models.service';
import { WebhookTargets } from '../service/automation/webhook-target';
import { DeadLetter, deadLetterId, DeliveryState, DeliveryStates, SubscriptionDoc } from './delivery-state';
import { SubscriptionCommands } from './subscription-commands';
import { sendWebhook } from './webhook-sender';

const BATCH = 200;
/** Progress is saved at least this often: what a crash (not a clean stop) may deliver twice. */
const SAVE_EVERY_MESSAGES = 50;
const SAVE_EVERY_MS = 100;
/** A pump hands its slot back after this long, so that more subscriptions than CRM_WEBHOOK_CONCURRENCY all get turns. */
const SLICE_MS = 5000;

/**
 * Delivers the log to every subscription, as a background job of the worker (once in every
 * deployment: only the lease holder runs it). Each subscription has one pump at a time, which
 * delivers its events one after the other in log order; pumps of different subscriptions run side
 * by side (up to CRM_WEBHOOK_CONCURRENCY) and outlive the worker's round, so a slow or failing
 * receiver delays nobody else. Progress is saved every 50 messages or 100 ms, with every dead
 * letter and on a clean stop: a crash repeats at most what was sent since (at least once, under the
 * same webhook-ids), a handover after a clean stop repeats nothing.
 */
@Injectable()
export class SubscriptionDeliveries implements BackgroundJob, OnModuleInit, OnModuleDestroy {
  readonly name = 'webhook-subscriptions';
  private readonly logger = new Logger('webhooks');
  private readonly pumps = new Map<string, Promise<void>>();
  private readonly states: DeliveryStates;
  private readonly stop = new AbortController();
  private fence: Fence = async () => undefined;
  /** Where the next round starts looking for subscriptions without a pump (round robin). */
  private nextTurn = 0;

  constructor(
    @Inject(RAW_EVENT_STORE) private readonly log: EventStore,
    @Inject(DOCUMENT_STORE) documents: DocumentStore,
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(SubscriptionCommands) private readonly subscriptions: SubscriptionCommands,
    @Inject(WebhookTargets) private readonly targets: WebhookTargets,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(BackgroundJobs) private readonly jobs: BackgroundJobs,
  ) {
    this.states = new DeliveryStates(documents);
  }

  onModuleInit(): void {
    this.jobs.register(this);
  }

  async onModuleDestroy(): Promise<void> {
    this.stop.abort();
    await Promise.allSettled(this.pumps.values());
  }

  /** Starts a pump for every active subscription that has none; does not wait for them. */
  async run(_now: Date, fence: Fence): Promise<void> {
    // Pumps check the tenure of the round that last ran: a lost lease stops them at their next message.
    this.fence = fence;
    const active = (await (await this.readModels.collection('subscriptions')).find({ status: 'active' }, { sort: { createdPosition: 1 } })) as SubscriptionDoc[];
    const start = this.nextTurn % Math.max(1, active.length);
    for (const subscription of [...active.slice(start), ...active.slice(0, start)]) {
      if (this.pumps.size >= this.config.webhooks.concurrency) break;
      this.nextTurn = active.indexOf(subscription) + 1;
      if (this.pumps.has(subscription.subscriptionId) || this.stop.signal.aborted) continue;
      const pump = this.pump(subscription.subscriptionId)
        .catch((error: Error) => {
          if (!this.stop.signal.aborted) this.logger.warn(`subscription ${subscription.subscriptionId}: ${error.message}`);
        })
        .finally(() => this.pumps.delete(subscription.subscriptionId));
      this.pumps.set(subscription.subscriptionId, pump);
    }
  }

  /** Resolves once no pump is running (tests and benches wait on it). */
  async idle(): Promise<void> {
    while (this.pumps.size) await Promise.allSettled(this.pumps.values());
  }

  private async subscription(subscriptionId: string): Promise<SubscriptionDoc | null> {
    return (await (await this.readModels.collection('subscriptions')).findOne({ _id: subscriptionId })) as SubscriptionDoc | null;
  }

  /** Delivers until the subscription reached the log head, was deleted, the job stops, or its slice is up while others wait. */
  private async pump(subscriptionId: string): Promise<void> {
    const started = performance.now();
    for (;;) {
      if (performance.now() - started > SLICE_MS && this.pumps.size >= this.config.webhooks.concurrency) return;
      const subscription = await this.subscription(subscriptionId);
      if (!subscription || subscription.status !== 'active' || this.stop.signal.aborted) return;
      let state = await this.states.load(subscription);
      // Read once per batch: a rotation takes effect from the next batch on.
      const keys = await this.subscriptions.stateOf(subscriptionId);
      if (subscription.replay && subscription.replay.requestPosition > state.replaySeen) {
        state = await this.states.save({ ...state, position: subscription.replay.fromPosition, replaySeen: subscription.replay.requestPosition, replayTag: `r${subscription.replay.requestPosition}` });
      }
      if (subscription.requeuePosition !== null && subscription.requeuePosition > state.requeueSeen) {
        state = await this.requeue(subscription, state, keys);
      }
      const events = await this.log.readAll({ after: state.position, limit: BATCH });
      if (events.length === 0) return;
      let saved = { messages: 0, at: performance.now() };
      try {
        for (const event of events) {
          if (this.stop.signal.aborted) return;
          if (!subscription.types.length || subscription.types.includes(event.type)) {
            state = await this.deliverNext(subscription, state, event, keys);
            saved.messages++;
          } else {
            state = { ...state, position: event.position };
          }
          if (saved.messages >= SAVE_EVERY_MESSAGES || performance.now() - saved.at >= SAVE_EVERY_MS) {
            state = await this.states.save(state);
            saved = { messages: 0, at: performance.now() };
          }
        }
      } finally {
        // Skipped events move the position too; a clean stop keeps what was delivered.
        await this.states.save(state);
      }
    }
  }

  private async deliverNext(subscription: SubscriptionDoc, state: DeliveryState, event: EventEnvelope, keys: SubscriptionState): Promise<DeliveryState> {
    const messageId = `msg_${event.eventId}${state.replayTag ? `_${state.replayTag}` : ''}`;
    const outcome = await this.send(subscription, event, messageId, keys);
    const now = new Date().toISOString();
    // Saved with the next batch of progress (see SAVE_EVERY_*); a dead letter is saved at once.
    if (outcome.ok) return { ...state, position: event.position, delivered: state.delivered + 1, consecutiveFailures: 0, lastDeliveredAt: now };
    const existing = await this.states.deadLetter(subscription.subscriptionId, event.position);
    const parked: DeadLetter = {
      _id: deadLetterId(subscription.subscriptionId, event.position), _position: (existing?._position ?? 0) + 1, subscriptionId: subscription.subscriptionId,
      position: event.position, eventId: event.eventId, type: event.type, messageId, attempts: outcome.attempts, lastError: outcome.error ?? 'failed',
      status: 'parked', parkedAt: now, redeliveredAt: null,
    };
    return this.states.save({
      ...state, position: event.position, deadLettered: state.deadLettered + 1, consecutiveFailures: state.consecutiveFailures + 1, lastError: parked.lastError, lastErrorAt: now,
    }, [parked]);
  }

  /** Every parked dead letter once more (full retries), oldest first; those that fail again stay parked. */
  private async requeue(subscription: SubscriptionDoc, state: DeliveryState, keys: SubscriptionState): Promise<DeliveryState> {
    for (const letter of await this.states.parked(subscription.subscriptionId)) {
      const [event] = await this.log.readAll({ after: letter.position - 1, limit: 1 });
      if (!event || event.position !== letter.position) continue;
      const outcome = await this.send(subscription, event, letter.messageId, keys);
      const now = new Date().toISOString();
      const next: DeadLetter = outcome.ok
        ? { ...letter, _position: letter._position + 1, status: 'delivered', redeliveredAt: now, attempts: letter.attempts + outcome.attempts }
        : { ...letter, _position: letter._position + 1, attempts: letter.attempts + outcome.attempts, lastError: outcome.error ?? 'failed' };
      state = await this.states.save(outcome.ok ? { ...state, delivered: state.delivered + 1, consecutiveFailures: 0, lastDeliveredAt: now } : state, [next]);
    }
    return this.states.save({ ...state, requeueSeen: subscription.requeuePosition ?? state.requeueSeen });
  }

  private async send(subscription: SubscriptionDoc, event: EventEnvelope, messageId: string, keys: SubscriptionState) {
    await this.fence();
    // The feed's own CloudEvent: personal fields sealed, so an erased subject's stay unreadable here too.
    const body = JSON.stringify(toCloudEvent(event));
    // Each attempt is signed with the secrets valid then: the previous one drops out when its overlap ends.
    const secrets = () => signingSecrets(keys, new Date());
    const outcome = await sendWebhook({ url: subscription.url, id: messageId, body, secrets }, this.targets, this.config.webhooks.retry, this.stop.signal);
    webhookDeliveries.inc({ outcome: outcome.ok ? 'delivered' : outcome.refused ? 'refused' : 'failed' });
    return outcome;
  }

}
