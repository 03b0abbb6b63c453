import { EventEnvelope, NewEvent } from '../../event-store/envelope';
import { AppendResult, EventHandler, EventStore, ExpectedRevision, ReadAllOptions, Subscription } from '../../event-store/event-store.port';
import { WrongExpectedRevisionError } from '../../event-store/errors';

/**
 * An EventStore fake for read-model specs: honours the port (expected revisions, catch-up then
 * live subscriptions in position order, one batch at a time) without durability.
 */
export class InMemoryEventStore implements EventStore {
  private readonly log: EventEnvelope[] = [];
  private readonly streams = new Map<string, EventEnvelope[]>();
  private readonly wakers = new Set<() => void>();

  constructor(private readonly options: { batchSize?: number; now?: () => Date } = {}) {}

  async append(streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const stream = this.streams.get(streamId) ?? [];
    const actual = stream.length - 1;
    const ok = expected === 'any' || (expected === 'no-stream' && actual === -1)
      || (expected === 'stream-exists' && actual >= 0) || expected === actual;
    if (!ok) throw new WrongExpectedRevisionError(streamId, expected, actual);
    const recordedAt = (this.options.now?.() ?? new Date()).toISOString();
    const written = events.map((event, i): EventEnvelope => ({
      ...structuredClone(event), streamId, revision: actual + 1 + i, position: this.log.length + 1 + i, recordedAt,
    }));
    this.log.push(...written);
    this.streams.set(streamId, [...stream, ...written]);
    for (const wake of [...this.wakers]) wake();
    const last = written[written.length - 1] ?? stream[stream.length - 1];
    return { revision: last?.revision ?? -1, position: last?.position ?? 0, events: written };
  }

  async readStream(streamId: string, fromRevision = 0): Promise<EventEnvelope[]> {
    return (this.streams.get(streamId) ?? []).filter((e) => e.revision >= fromRevision).map((e) => structuredClone(e));
  }

  async readAll({ after, limit }: ReadAllOptions): Promise<EventEnvelope[]> {
    return this.log.slice(after, after + limit).map((e) => structuredClone(e));
  }

  async headPosition(): Promise<number> {
    return this.log.length;
  }

  subscribeAll(after: number, handler: EventHandler): Subscription {
    let closed = false;
    let wake: (() => void) | undefined;
    const run = async () => {
      let position = after;
      await Promise.resolve(); // let the caller finish wiring before the first batch
      while (!closed) {
        const batch = await this.readAll({ after: position, limit: this.options.batchSize ?? 1000 });
        if (batch.length === 0) {
          await new Promise<void>((resolve) => { wake = resolve; this.wakers.add(resolve); });
          if (wake) this.wakers.delete(wake);
          continue;
        }
        await handler(batch); // a throwing handler stops the subscription, as the real adapter does
        position = batch[batch.length - 1].position;
      }
    };
    const done = run().catch(() => undefined);
    return {
      close: async () => {
        closed = true;
        wake?.();
        await done;
      },
    };
  }

  async close(): Promise<void> {}
}
