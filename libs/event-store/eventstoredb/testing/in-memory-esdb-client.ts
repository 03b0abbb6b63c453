import { PassThrough, Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  ANY,
  AllStreamResolvedEvent,
  AppendExpectedRevision,
  DbAppendResult,
  END,
  EventData,
  NO_STREAM,
  ReadPosition,
  RecordedEvent,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '../esdb-client';
import { EsdbClient } from '../esdb-reads';

type Stored = RecordedEvent & { position: { commit: bigint; prepare: bigint } };

/**
 * A stand-in for an EventStoreDB server, for running the adapter and the contract suite here.
 * It copies the server behaviours the adapter depends on, as documented: byte-offset positions
 * (not dense), system events in `$all`, inclusive forward / exclusive backward `$all` reads,
 * idempotent repeats for an exact expected revision, and the id-cache check for `any` that only
 * looks at the first id. It is a double: a real server run (EVENTSTORE_URL) is the proof.
 */
export class InMemoryEsdbClient implements EsdbClient {
  private readonly log: Stored[] = [];
  private readonly streams = new Map<string, Stored[]>();
  private readonly live = new Set<(event: Stored) => void>();
  private nextPosition = 0n;

  constructor() {
    this.write('$epoch-information', { id: 'epoch', type: '$epoch-information', data: {} });
  }

  async appendToStream(streamId: string, events: EventData | EventData[], options?: { expectedRevision?: AppendExpectedRevision }): Promise<DbAppendResult> {
    await nextTurn(); // concurrent appends interleave here, then run one at a time like the server's writer
    const batch = Array.isArray(events) ? events : [events];
    const expected = options?.expectedRevision ?? ANY;
    const stream = this.streams.get(streamId) ?? [];
    const current = stream.length === 0 ? NO_STREAM : BigInt(stream.length - 1);
    const conflict = () => new WrongExpectedVersionError(undefined, { streamName: streamId, expected, current });
    const from = expected === NO_STREAM ? 0 : typeof expected === 'bigint' ? Number(expected) + 1 : undefined;
    if (from !== undefined && from !== stream.length) {
      const same = from < stream.length && batch.every((e, i) => stream[from + i]?.id === e.id);
      if (!same) throw conflict();
      return { success: true, nextExpectedRevision: BigInt(from + batch.length - 1), position: undefined };
    }
    if (expected === STREAM_EXISTS && stream.length === 0) throw conflict();
    if (from === undefined) {
      const first = stream.findIndex((e) => e.id === batch[0]?.id);
      if (first >= 0) {
        if (!batch.every((e, i) => stream[first + i]?.id === e.id)) throw conflict();
        return { success: true, nextExpectedRevision: BigInt(first + batch.length - 1), position: undefined };
      }
    }
    const written = batch.map((e) => this.write(streamId, e));
    if (this.log.length % 7 === 0) this.write('$stats-127.0.0.1:2113', { id: `stats-${this.log.length}`, type: '$statsCollected', data: {} });
    const last = written[written.length - 1];
    return { success: true, nextExpectedRevision: last?.revision ?? BigInt(stream.length - 1), position: last?.position };
  }

  readStream(streamId: string, options: { fromRevision?: bigint | typeof START | typeof END; maxCount?: number | bigint; direction?: string } = {}) {
    const stream = this.streams.get(streamId);
    const max = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    const backwards = options.direction === 'backwards';
    async function* read() {
      if (!stream) throw new StreamNotFoundError(undefined, streamId);
      const ordered = backwards ? [...stream].reverse() : stream;
      const start = typeof options.fromRevision === 'bigint' ? Number(options.fromRevision) : undefined;
      const picked = ordered.filter((e) => start === undefined || (backwards ? Number(e.revision) <= start : Number(e.revision) >= start));
      for (const event of picked.slice(0, max)) yield { event };
    }
    return Readable.from(read()) as unknown as ReturnType<EsdbClient['readStream']>;
  }

  readAll(options: { fromPosition?: ReadPosition; maxCount?: number | bigint; direction?: string } = {}) {
    const from = this.checkedPosition(options.fromPosition ?? START);
    const backwards = options.direction === 'backwards';
    const start = from === START ? -1n : from === END ? BigInt(Number.MAX_SAFE_INTEGER) : from;
    // Forward reads include the start position, backward reads exclude it.
    const picked = backwards
      ? [...this.log].reverse().filter((e) => e.position.commit < start)
      : this.log.filter((e) => e.position.commit >= start);
    const items = picked.slice(0, Number(options.maxCount ?? Number.MAX_SAFE_INTEGER));
    return Readable.from(items.map((event) => ({ event }))) as unknown as ReturnType<EsdbClient['readAll']>;
  }

  subscribeToAll(options: { fromPosition?: ReadPosition } = {}) {
    const from = this.checkedPosition(options.fromPosition ?? START);
    const stream = new PassThrough({ objectMode: true });
    const push = (event: Stored): void => {
      if (!event.type.startsWith('$')) stream.write({ event } satisfies AllStreamResolvedEvent);
    };
    if (from !== END) this.log.filter((e) => from === START || e.position.commit > from).forEach(push);
    this.live.add(push);
    return Object.assign(stream, {
      unsubscribe: async () => {
        this.live.delete(push);
        stream.end();
      },
    }) as unknown as ReturnType<EsdbClient['subscribeToAll']>;
  }

  async dispose(): Promise<void> {
    this.live.clear();
  }

  /** Like the server, a position that is not the start of a record cannot be read from. */
  private checkedPosition(position: ReadPosition): bigint | typeof START | typeof END {
    if (position === START || position === END) return position;
    if (!this.log.some((e) => e.position.commit === position.commit) || position.commit !== position.prepare) {
      throw new Error(`invalid $all position ${position.commit}/${position.prepare}`);
    }
    return position.commit;
  }

  private write(streamId: string, event: { id: string; type: string; data: unknown; metadata?: unknown }): Stored {
    const stream = this.streams.get(streamId) ?? [];
    const body = JSON.stringify(event.data);
    const stored = {
      streamId,
      id: event.id,
      isJson: true,
      revision: BigInt(stream.length),
      type: event.type,
      created: new Date(),
      data: JSON.parse(body),
      metadata: event.metadata === undefined ? undefined : JSON.parse(JSON.stringify(event.metadata)),
      position: { commit: this.nextPosition, prepare: this.nextPosition },
    } as Stored;
    // Positions are byte offsets in the server's log: each record moves the next one on by its size.
    this.nextPosition += BigInt(120 + Buffer.byteLength(body));
    stream.push(stored);
    this.streams.set(streamId, stream);
    this.log.push(stored);
    this.live.forEach((push) => push(stored));
    return stored;
  }
}
