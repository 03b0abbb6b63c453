import { appendDuration } from '../../observability/metrics';
import { inSpan } from '../../observability/tracing';
import { EventEnvelope, NewEvent } from '../envelope';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '../errors';
import { AppendResult, EventHandler, EventStore, ExpectedRevision, ReadAllOptions, Subscription } from '../event-store.port';
import { UpcasterRegistry } from '../upcasting';
import { AllStreamResolvedEvent, DbClient, END, WrongExpectedVersionError, excludeSystemEvents } from './esdb-client';
import { toActualRevision, toClientConnectionString, toEnvelope, toExpectedRevision, toJsonEvent, toReadPosition, toSafeNumber } from './esdb-mapping';
import { EsdbClient, envelopeOfItem, isOurs, lastPosition, readAllAfter, readItemAt, readRecorded } from './esdb-reads';
import { CatchUpSubscription } from './esdb-subscription';
import { firstRepeatedId, matchStoredIds } from './repeat-detection';

export interface EventStoreDbEventStoreOptions {
  /** Applied on every read so that consumers only see the latest schema versions. */
  upcasters?: UpcasterRegistry;
  /** How many of a stream's last events are searched for the ids of a repeated append. Default 100. */
  idempotencyWindow?: number;
  /** Most events handed to a subscription handler at once. Default 1000. */
  subscriptionBatchSize?: number;
  /** Wait before reopening a subscription the server dropped. Default 1000 ms. */
  resubscribeDelayMs?: number;
  /** Called when a subscription handler throws; the subscription stops. Default: console.error. */
  onSubscriptionError?: (error: unknown) => void;
  /** Called when the server drops a subscription; it is reopened. Default: console.warn. */
  onSubscriptionDropped?: (error: unknown) => void;
}

/**
 * The distributed event store: streams on EventStoreDB / KurrentDB, the global log is `$all`.
 * Positions are commit positions in `$all`: strictly increasing, not dense.
 * See docs/eventstoredb.md for what it guarantees about repeated appends and event ids.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly client: EsdbClient;
  private readonly subscriptions = new Set<Subscription>();
  private closing = false;

  /** @param connection an `esdb://` / `kurrentdb://` connection string, or a client (tests) */
  constructor(
    connection: string | EsdbClient,
    private readonly options: EventStoreDbEventStoreOptions = {},
  ) {
    this.client = typeof connection === 'string' ? DbClient.connectionString(toClientConnectionString(connection)) : connection;
  }

  /** Traced and timed like the SQLite store's append; EventStoreDB has no group commit of ours to measure. */
  async append(streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const started = performance.now();
    try {
      return await inSpan('event-store append', { attributes: { 'crm.stream_id': streamId, 'crm.events': events.length } }, () => this.appendOnce(streamId, events, expected));
    } finally {
      appendDuration.observe((performance.now() - started) / 1000);
    }
  }

  private async appendOnce(streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    if (this.closing) throw new Error('event store is closed');
    const expectedRevision = toExpectedRevision(expected);
    const ids = events.map((e) => e.eventId);
    const twice = firstRepeatedId(ids);
    if (twice !== undefined) throw new DuplicateEventIdError(twice);
    // With `any` and `stream-exists` the server's own repeat check is best effort (a cache),
    // and it would write [new, old] again: look at the stream first.
    if (expected === 'any' || expected === 'stream-exists') {
      const earlier = await this.earlierAppend(streamId, ids);
      if (earlier) return earlier;
    }
    let next: bigint;
    try {
      next = (await this.client.appendToStream(streamId, events.map(toJsonEvent), { expectedRevision })).nextExpectedRevision;
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      // A retry whose expected revision went stale is still a repeat when its events are there.
      const earlier = await this.earlierAppend(streamId, ids);
      if (earlier) return earlier;
      throw new WrongExpectedRevisionError(streamId, expected, toActualRevision(error.actualVersion));
    }
    return this.appended(streamId, ids, next);
  }

  async readStream(streamId: string, fromRevision = 0): Promise<EventEnvelope[]> {
    if (!Number.isSafeInteger(fromRevision) || fromRevision < 0) throw new RangeError(`fromRevision must be >= 0, got ${fromRevision}`);
    const recorded = await readRecorded(this.client, streamId, { from: BigInt(fromRevision), maxCount: Number.MAX_SAFE_INTEGER });
    return recorded.map((event) => this.upcast(toEnvelope(event)));
  }

  async readAll({ after, limit }: ReadAllOptions): Promise<EventEnvelope[]> {
    toReadPosition(after);
    if (limit <= 0) return [];
    return readAllAfter(this.client, after, limit, (item) => this.envelopeOf(item));
  }

  async readAt(position: number): Promise<EventEnvelope | undefined> {
    // The server refuses to read from a position that is no record; beyond the head there is none.
    if (position < 1 || position > (await this.headPosition())) return undefined;
    const item = await readItemAt(this.client, position);
    return item ? this.envelopeOf(item) : undefined;
  }

  async headPosition(): Promise<number> {
    return lastPosition(this.client, isOurs);
  }

  subscribeAll(after: number, handler: EventHandler): Subscription {
    if (this.closing) throw new Error('event store is closed');
    toReadPosition(after);
    const subscription: Subscription = new CatchUpSubscription<AllStreamResolvedEvent>(after, handler, {
      open: (from) => this.client.subscribeToAll({ fromPosition: toReadPosition(from), filter: excludeSystemEvents() }),
      toEnvelope: (item) => this.envelopeOf(item),
      maxBatchSize: this.options.subscriptionBatchSize ?? 1000,
      resubscribeDelayMs: this.options.resubscribeDelayMs ?? 1000,
      onError: this.options.onSubscriptionError ?? ((error) => console.error('event store subscription stopped', error)),
      onDropped: this.options.onSubscriptionDropped ?? ((error) => console.warn('event store subscription dropped, resubscribing', error)),
      onClosed: () => this.subscriptions.delete(subscription),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  /** Ends every subscription, then the client's connection. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    await this.client.dispose();
  }

  /** The original result when all `ids` are already at the end of the stream, in order. */
  private async earlierAppend(streamId: string, ids: string[]): Promise<AppendResult | undefined> {
    if (ids.length === 0) return undefined;
    const window = Math.max(this.options.idempotencyWindow ?? 100, ids.length);
    const tail = await readRecorded(this.client, streamId, { from: END, maxCount: window });
    const match = matchStoredIds(tail.map((event) => this.upcast(toEnvelope(event))), ids);
    if (match.kind === 'overlap') throw new DuplicateEventIdError(match.eventId);
    return match.kind === 'repeat' ? resultOf(match.events) : undefined;
  }

  /** Reads back what the server acknowledged: positions and recordedAt are the server's. */
  private async appended(streamId: string, ids: string[], next: bigint): Promise<AppendResult> {
    const last = next < 0n ? -1 : toSafeNumber(next, 'revision');
    if (ids.length === 0) {
      const [head] = await this.readStream(streamId, Math.max(last, 0));
      return { revision: last, position: head?.position ?? 0, events: [] };
    }
    const first = last - ids.length + 1;
    const stored = first < 0 ? [] : await readRecorded(this.client, streamId, { from: BigInt(first), maxCount: ids.length });
    const match = matchStoredIds(stored.map((event) => this.upcast(toEnvelope(event))), ids);
    if (match.kind === 'repeat') return resultOf(match.events);
    // An idempotent success may report a revision other than where the originals sit.
    const earlier = await this.earlierAppend(streamId, ids);
    if (earlier) return earlier;
    throw new Error(`append to ${streamId} was acknowledged at revision ${last}, but its events are not there`);
  }

  private envelopeOf(item: AllStreamResolvedEvent): EventEnvelope | undefined {
    const envelope = envelopeOfItem(item);
    return envelope && this.upcast(envelope);
  }

  private upcast(envelope: EventEnvelope): EventEnvelope {
    return this.options.upcasters ? this.options.upcasters.upcast(envelope) : envelope;
  }
}

function resultOf(events: EventEnvelope[]): AppendResult {
  const last = events[events.length - 1];
  return { revision: last.revision, position: last.position, events };
}
