import { EventEnvelope, NewEvent } from '../../event-store/envelope';
import { AppendResult, EventHandler, EventStore, ExpectedRevision, ReadAllOptions, Subscription } from '../../event-store/event-store.port';

/**
 * A minimal EventStore for messaging tests: the log in an array, catch-up subscriptions that
 * read in batches and then wait for appends. No revision checks or idempotent repeats: the
 * relay only reads, and the real adapters have their own contract suite.
 */
export class InMemoryEventStore implements EventStore {
  private readonly log: EventEnvelope[] = [];
  private wake: () => void = () => undefined;
  private appended = new Promise<void>((resolve) => (this.wake = resolve));

  constructor(private readonly batchSize = 500) {}

  async append(streamId: string, events: NewEvent[], _expected: ExpectedRevision): Promise<AppendResult> {
    let revision = this.log.filter((e) => e.streamId === streamId).length - 1;
    const recordedAt = new Date().toISOString();
    const written = events.map((event) => ({ ...event, streamId, revision: ++revision, position: this.log.length + 1, recordedAt }));
    for (const envelope of written) this.log.push(envelope);
    const wake = this.wake;
    this.appended = new Promise<void>((resolve) => (this.wake = resolve));
    wake();
    return { revision, position: this.log.length, events: written };
  }

  async readStream(streamId: string, fromRevision = 0): Promise<EventEnvelope[]> {
    return this.log.filter((e) => e.streamId === streamId && e.revision >= fromRevision);
  }

  async readAll({ after, limit }: ReadAllOptions): Promise<EventEnvelope[]> {
    return this.log.slice(after, after + limit);
  }

  subscribeAll(after: number, handler: EventHandler): Subscription {
    let closed = false;
    let stopped: () => void = () => undefined;
    const closing = new Promise<void>((resolve) => (stopped = resolve));
    const loop = (async () => {
      let position = after;
      while (!closed) {
        // Taken before reading, so an append landing in between still wakes us.
        const appended = this.appended;
        const batch = await this.readAll({ after: position, limit: this.batchSize });
        if (batch.length === 0) {
          await Promise.race([appended, closing]);
          continue;
        }
        await handler(batch);
        position = batch[batch.length - 1].position;
      }
    })();
    return {
      close: async () => {
        closed = true;
        stopped();
        await loop;
      },
    };
  }

  async headPosition(): Promise<number> {
    return this.log.length;
  }

  async close(): Promise<void> {}
}
