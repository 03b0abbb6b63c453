import { EventEnvelope } from '../envelope';
import { EventHandler, Subscription } from '../event-store.port';

/** What a server subscription looks like to us: a paused object-mode stream of R that we can end. */
export interface RawSubscription {
  read(): unknown;
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  unsubscribe(): Promise<void>;
}

export interface CatchUpSubscriptionOptions<R> {
  /** Opens a server subscription that delivers everything after `after` (it may repeat `after`). */
  open: (after: number) => RawSubscription;
  /** The envelope of a raw item, or undefined for items that are not ours (system, link, foreign). */
  toEnvelope: (raw: R) => EventEnvelope | undefined;
  maxBatchSize: number;
  /** Wait before resubscribing after the server dropped the subscription. */
  resubscribeDelayMs: number;
  /** The handler (or an upcaster) threw: the subscription stops. */
  onError: (error: unknown) => void;
  /** The server subscription failed; it is reopened from the last delivered position. */
  onDropped: (error: unknown) => void;
  onClosed: () => void;
}

/** A failure that resubscribing cannot cure: the handler threw, or an event could not be read. */
class Fatal {
  constructor(readonly error: unknown) {}
}

/**
 * Pulls what the server subscription has buffered into one batch, awaits the handler, then pulls
 * again: the stream stays paused while the handler runs, so gRPC flow control holds the server
 * back (backpressure). After a drop it resubscribes after the last delivered position, so
 * nothing is skipped or delivered twice.
 */
export class CatchUpSubscription<R> implements Subscription {
  private position: number;
  private closed = false;
  private current: RawSubscription | undefined;
  private wake: () => void = () => undefined;
  private readonly done: Promise<void>;

  constructor(
    after: number,
    private readonly handler: EventHandler,
    private readonly options: CatchUpSubscriptionOptions<R>,
  ) {
    this.position = after;
    // Start on the next turn so a caller can finish wiring up before the first batch arrives.
    this.done = new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.run());
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wake();
    await this.current?.unsubscribe().catch(() => undefined);
    await this.done;
  }

  private async run(): Promise<void> {
    try {
      while (!this.closed) {
        let stream: RawSubscription | undefined;
        try {
          stream = this.options.open(this.position);
          this.current = stream;
          await this.pump(stream);
        } catch (failure) {
          if (failure instanceof Fatal) {
            // Not skipped, not retried here: the owner (projection runner) decides from its checkpoint.
            this.closed = true;
            this.options.onError(failure.error);
          } else if (!this.closed) {
            this.options.onDropped(failure);
            await this.pause(this.options.resubscribeDelayMs);
          }
        } finally {
          await stream?.unsubscribe().catch(() => undefined);
          this.current = undefined;
        }
      }
    } finally {
      this.options.onClosed();
    }
  }

  private async pump(stream: RawSubscription): Promise<void> {
    let failure: unknown;
    let ended = false;
    const poke = (): void => this.wake();
    stream.on('readable', poke);
    stream.on('error', (error: unknown) => {
      failure = error;
      poke();
    });
    const end = (): void => {
      ended = true;
      poke();
    };
    stream.on('end', end);
    stream.on('close', end);
    while (!this.closed) {
      const batch = this.take(stream);
      if (batch.length > 0) {
        await this.deliver(batch);
        continue;
      }
      if (failure !== undefined) throw failure;
      if (ended) throw new Error('the server ended the subscription');
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  /** Everything already buffered, up to the batch size, without waiting for more. */
  private take(stream: RawSubscription): EventEnvelope[] {
    const batch: EventEnvelope[] = [];
    let last = this.position;
    while (batch.length < this.options.maxBatchSize) {
      const raw = stream.read() as R | null;
      if (raw === null) break;
      const envelope = this.envelopeOf(raw);
      // The server may repeat the start position on resubscribe; `last` guards against that.
      if (envelope === undefined || envelope.position <= last) continue;
      batch.push(envelope);
      last = envelope.position;
    }
    return batch;
  }

  private envelopeOf(raw: R): EventEnvelope | undefined {
    try {
      return this.options.toEnvelope(raw);
    } catch (error) {
      throw new Fatal(error);
    }
  }

  private async deliver(batch: EventEnvelope[]): Promise<void> {
    try {
      await this.handler(batch);
    } catch (error) {
      throw new Fatal(error);
    }
    this.position = batch[batch.length - 1].position;
  }

  private pause(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      timer.unref();
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
