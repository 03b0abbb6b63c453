import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { EventEnvelope } from '../../../../libs/event-store/envelope';
import { EventStore, Subscription } from '../../../../libs/event-store/event-store.port';
import { RunningProjections } from '../../../../libs/read-models/runner/running-projections';
import { ApiConfig } from '../config/config';
import { API_CONFIG, PROJECTION_RUNNER, RAW_EVENT_STORE } from '../infrastructure/tokens';

export type KeyChanged = (keyId: string, position: number) => void;

const isKeyEvent = (event: EventEnvelope) => event.type.startsWith('crm.access.api-key-');

/**
 * Pushes every change of an API key (created, revoked, …) to the key cache, whichever process
 * wrote it. In-process fan-out: from the projections (on this loop, or in their worker thread, which
 * sends key events back), after the api-keys read model
 * committed the batch and before `waitForPosition` resolves for it, so a revocation this process
 * waited for is never served from the cache. With Kafka (no runner here): a subscription to the
 * log from its head at start; it may see a change before the projectors applied it, which the
 * cache handles (verifier: `staleBefore`).
 */
@Injectable()
export class KeyChangeFeed implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('key-change-feed');
  private readonly listeners = new Set<KeyChanged>();
  private subscription: Subscription | undefined;
  private unsubscribe: (() => void) | undefined;
  /** False until the feed is connected: until then nothing may be cached. */
  live = false;

  constructor(
    @Inject(PROJECTION_RUNNER) private readonly runner: RunningProjections,
    @Inject(RAW_EVENT_STORE) private readonly log: EventStore,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.fanout.kind === 'inprocess') {
      this.unsubscribe = this.runner.onApplied((events) => this.dispatch(events));
    } else {
      const head = await this.log.headPosition();
      this.subscription = this.log.subscribeAll(head, async (events) => this.dispatch(events));
    }
    this.live = true;
  }

  async onApplicationShutdown(): Promise<void> {
    this.live = false;
    this.unsubscribe?.();
    await this.subscription?.close();
  }

  listen(listener: KeyChanged): void {
    this.listeners.add(listener);
  }

  private dispatch(events: EventEnvelope[]): void {
    for (const event of events) {
      if (!isKeyEvent(event)) continue;
      const keyId = String(event.data.keyId ?? '');
      try {
        for (const listener of this.listeners) listener(keyId, event.position);
      } catch (error) {
        this.logger.error(`key change ${event.eventId} not dispatched: ${(error as Error).message}`);
      }
    }
  }
}
