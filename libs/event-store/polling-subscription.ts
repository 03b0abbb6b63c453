import { EventEnvelope } from './envelope';
import { EventHandler, Subscription } from './event-store.port';

export interface PollingSubscriptionOptions {
  /** Reads up to `limit` events with a position greater than `after`, in position order. */
  readAfter: (after: number, limit: number) => EventEnvelope[];
  batchSize: number;
  /** Upper bound on how long a live subscription waits before looking again. */
  pollIntervalMs: number;
  onError: (error: unknown) => void;
  onClosed: () => void;
}

/**
 * Catch-up then live, one loop: read a batch after the last delivered position, await the
 * handler, repeat; when nothing is new, wait for `notify()` (a commit in this process) or the
 * poll timer (a commit by another process). Delivering only after the handler resolved gives
 * backpressure and keeps batches strictly ordered without gaps or repeats.
 */
export class PollingSubscription implements Subscription {
  private position: number;
  private closed = false;
  private wake: (() => void) | undefined;
  private readonly done: Promise<void>;

  constructor(
    after: number,
    private readonly handler: EventHandler,
    private readonly options: PollingSubscriptionOptions,
  ) {
    this.position = after;
    // Start on the next turn so a caller can finish wiring up before the first batch arrives.
    this.done = new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.run());
  }

  /** Something was committed: look now rather than at the next poll. */
  notify(): void {
    this.wake?.();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wake?.();
    await this.done;
  }

  private async run(): Promise<void> {
    try {
      while (!this.closed) {
        const batch = this.options.readAfter(this.position, this.options.batchSize);
        if (batch.length === 0) {
          await this.nextSignal();
          continue;
        }
        await this.handler(batch);
        this.position = batch[batch.length - 1].position;
      }
    } catch (error) {
      // A failing handler stops this subscription rather than skipping the batch: its owner
      // (the projection runner) decides whether to park, retry or resubscribe from its checkpoint.
      this.closed = true;
      this.options.onError(error);
    } finally {
      this.options.onClosed();
    }
  }

  private nextSignal(): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => wake(), this.options.pollIntervalMs);
      // A forgotten subscription must not keep the process alive on its own.
      timer.unref();
      const wake = (): void => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      this.wake = wake;
    });
  }
}
