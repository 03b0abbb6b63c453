import { PassThrough } from 'node:stream';
import { EventEnvelope } from '../envelope';
import { CatchUpSubscription, CatchUpSubscriptionOptions, RawSubscription } from './esdb-subscription';
import { settle, waitFor } from '../../testing/wait-for';

/** A raw item is its position; odd positions stand for system events the adapter skips. */
type Raw = number;

class FakeServerSubscription extends PassThrough implements RawSubscription {
  unsubscribed = false;
  constructor(readonly after: number) {
    super({ objectMode: true });
  }
  async unsubscribe(): Promise<void> {
    this.unsubscribed = true;
    this.end();
  }
}

function harness(overrides: Partial<CatchUpSubscriptionOptions<Raw>> = {}) {
  const opened: FakeServerSubscription[] = [];
  const batches: number[][] = [];
  const errors: unknown[] = [];
  const drops: unknown[] = [];
  let delivered: () => void = () => undefined;
  let release: (() => void) | undefined;
  const handler = async (batch: EventEnvelope[]): Promise<void> => {
    batches.push(batch.map((e) => e.position));
    if (release === undefined) await new Promise<void>((resolve) => (release = resolve));
    delivered();
  };
  const subscribe = (after: number) =>
    new CatchUpSubscription<Raw>(after, handler, {
      open: (from) => {
        const stream = new FakeServerSubscription(from);
        opened.push(stream);
        return stream;
      },
      toEnvelope: (raw) => (raw % 2 === 1 ? undefined : ({ position: raw } as EventEnvelope)),
      maxBatchSize: 100,
      resubscribeDelayMs: 1,
      onError: (e) => errors.push(e),
      onDropped: (e) => drops.push(e),
      onClosed: () => undefined,
      ...overrides,
    });
  return {
    opened,
    batches,
    errors,
    drops,
    subscribe,
    /** Lets every handler call finish at once from now on. */
    releaseHandlers: () => {
      const pending = release;
      release = () => undefined;
      pending?.();
    },
    nextDelivery: () => new Promise<void>((resolve) => (delivered = resolve)),
    until: (predicate: () => boolean) => waitFor(predicate, 5_000),
  };
}

describe('EventStoreDB catch-up subscription', () => {
  it('hands the handler everything that has arrived as one batch, without system events', async () => {
    const h = harness();
    h.releaseHandlers();
    const sub = h.subscribe(0);
    await h.until(() => h.opened.length === 1);
    [2, 3, 4, 6].forEach((raw) => h.opened[0].write(raw));
    await h.until(() => h.batches.length === 1);
    await sub.close();
    expect(h.batches).toEqual([[2, 4, 6]]);
  });

  it('takes nothing more while the handler is busy, then the rest as the next batch', async () => {
    const h = harness();
    const sub = h.subscribe(0);
    await h.until(() => h.opened.length === 1);
    h.opened[0].write(2);
    await h.until(() => h.batches.length === 1);
    [4, 6, 8].forEach((raw) => h.opened[0].write(raw));
    await settle();
    expect(h.batches).toEqual([[2]]);
    const second = h.nextDelivery();
    h.releaseHandlers();
    await h.until(() => h.batches.length === 2);
    await second;
    await sub.close();
    expect(h.batches).toEqual([[2], [4, 6, 8]]);
  });

  it('resubscribes after a drop from the last delivered position and skips what it already delivered', async () => {
    const h = harness();
    h.releaseHandlers();
    const sub = h.subscribe(10);
    await h.until(() => h.opened.length === 1);
    h.opened[0].write(12);
    await h.until(() => h.batches.length === 1);
    h.opened[0].destroy(new Error('connection reset'));
    await h.until(() => h.opened.length === 2);
    expect(h.opened[1].after).toBe(12);
    // The server may start again at the position it was given.
    [12, 14].forEach((raw) => h.opened[1].write(raw));
    await h.until(() => h.batches.length === 2);
    await sub.close();
    expect(h.batches).toEqual([[12], [14]]);
    expect(h.drops).toEqual([new Error('connection reset')]);
    expect(h.opened[0].unsubscribed).toBe(true);
  });

  it('retries when the subscription cannot be opened, as after a drop', async () => {
    let attempts = 0;
    const h = harness({
      open: (from) => {
        attempts += 1;
        if (attempts === 1) throw new Error('server unavailable');
        const stream = new FakeServerSubscription(from);
        h.opened.push(stream);
        return stream;
      },
    });
    h.releaseHandlers();
    const sub = h.subscribe(0);
    await h.until(() => h.opened.length === 1);
    h.opened[0].write(2);
    await h.until(() => h.batches.length === 1);
    await sub.close();
    expect(h.drops).toEqual([new Error('server unavailable')]);
    expect(h.batches).toEqual([[2]]);
  });

  it('stops and reports when the handler throws, without resubscribing', async () => {
    const h = harness();
    const sub = new CatchUpSubscription<Raw>(0, async () => Promise.reject(new Error('projection broke')), {
      open: () => {
        const stream = new FakeServerSubscription(0);
        h.opened.push(stream);
        return stream;
      },
      toEnvelope: (raw) => ({ position: raw }) as EventEnvelope,
      maxBatchSize: 100,
      resubscribeDelayMs: 1,
      onError: (e) => h.errors.push(e),
      onDropped: (e) => h.drops.push(e),
      onClosed: () => undefined,
    });
    await h.until(() => h.opened.length === 1);
    h.opened[0].write(2);
    await h.until(() => h.errors.length === 1);
    await sub.close();
    expect(h.errors).toEqual([new Error('projection broke')]);
    expect(h.opened).toHaveLength(1);
  });

  it('ends the server subscription when closed and delivers nothing after', async () => {
    const h = harness();
    h.releaseHandlers();
    const sub = h.subscribe(0);
    await h.until(() => h.opened.length === 1);
    await sub.close();
    expect(h.opened[0].unsubscribed).toBe(true);
    expect(h.batches).toEqual([]);
    expect(h.opened).toHaveLength(1);
  });
});
