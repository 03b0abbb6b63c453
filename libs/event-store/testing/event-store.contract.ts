import { describe, expect, it } from '@jest/globals';
import { describeConcurrencyContract } from './concurrency.contract';
import { OpenEventStore, StoreUnderTest, expectConflict, newEvent, newEvents, streamName, useEventStore } from './event-store.fixtures';
import { describeIdempotencyContract } from './idempotency.contract';
import { describeSubscriptionContract } from './subscription.contract';

export type { OpenEventStore, OpenedEventStore } from './event-store.fixtures';

/** What an adapter can promise; everything defaults to the full port contract. */
export interface EventStoreCapabilities {
  /**
   * Refuses an event id already stored in another stream (DuplicateEventIdError). EventStoreDB
   * cannot check this without an index of every id, so its adapter opts out.
   */
  detectsEventIdsInOtherStreams?: boolean;
}

/**
 * The one suite every EventStore adapter must pass. `open` is called before each test and must
 * give a working store; the suite closes the stores it was given, then calls `cleanup`.
 * Positions are only required to increase strictly, not to be dense.
 */
export function describeEventStoreContract(
  adapterName: string,
  open: OpenEventStore,
  capabilities: EventStoreCapabilities = {},
): void {
  describe(`EventStore contract: ${adapterName}`, () => {
    const sut = useEventStore(open);
    describeAppendsAndReads(sut);
    describeIdempotencyContract(sut, { detectsEventIdsInOtherStreams: capabilities.detectsEventIdsInOtherStreams ?? true });
    describeConcurrencyContract(sut);
    describeSubscriptionContract(sut);
  });
}

function describeAppendsAndReads(sut: StoreUnderTest): void {
  describe('appends and reads', () => {
    it('starts a new stream at revision 0 when no stream is expected', async () => {
      const store = sut.store();
      const stream = streamName('new');
      const result = await store.append(stream, newEvents(2), 'no-stream');
      expect(result.revision).toBe(1);
      expect(result.events.map((e) => e.revision)).toEqual([0, 1]);
      expect(result.position).toBe(result.events[1].position);
      expect(await store.readStream(stream)).toEqual(result.events);
    });

    it('refuses no-stream when the stream already exists', async () => {
      const store = sut.store();
      const stream = streamName('exists');
      await store.append(stream, [newEvent()], 'no-stream');
      await expectConflict(store.append(stream, [newEvent()], 'no-stream'), 0);
    });

    it('appends when the expected revision is the last one in the stream', async () => {
      const store = sut.store();
      const stream = streamName('exact');
      await store.append(stream, newEvents(3), 'no-stream');
      const result = await store.append(stream, [newEvent()], 2);
      expect(result.revision).toBe(3);
    });

    it('refuses an append when the stream has moved on, telling the actual revision', async () => {
      const store = sut.store();
      const stream = streamName('moved-on');
      await store.append(stream, newEvents(3), 'no-stream');
      await expectConflict(store.append(stream, [newEvent()], 1), 2);
      await expectConflict(store.append(streamName('missing'), [newEvent()], 0), -1);
    });

    it('requires an existing stream for stream-exists', async () => {
      const store = sut.store();
      const stream = streamName('stream-exists');
      await expectConflict(store.append(stream, [newEvent()], 'stream-exists'), -1);
      await store.append(stream, [newEvent()], 'no-stream');
      expect((await store.append(stream, [newEvent()], 'stream-exists')).revision).toBe(1);
    });

    it('appends with any whatever the state of the stream', async () => {
      const store = sut.store();
      const stream = streamName('any');
      expect((await store.append(stream, [newEvent()], 'any')).revision).toBe(0);
      expect((await store.append(stream, newEvents(2), 'any')).revision).toBe(2);
    });

    it('reads a stream in revision order, from a given revision', async () => {
      const store = sut.store();
      const stream = streamName('read');
      const written = newEvents(5);
      await store.append(stream, written.slice(0, 2), 'no-stream');
      await store.append(streamName('other'), [newEvent()], 'no-stream');
      await store.append(stream, written.slice(2), 1);
      const all = await store.readStream(stream);
      expect(all.map((e) => e.eventId)).toEqual(written.map((e) => e.eventId));
      expect(all.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4]);
      expect((await store.readStream(stream, 3)).map((e) => e.revision)).toEqual([3, 4]);
    });

    it('reads a stream that does not exist as empty', async () => {
      const store = sut.store();
      expect(await store.readStream(streamName('nothing'))).toEqual([]);
    });

    it('reads the global log after a position, up to a limit', async () => {
      const store = sut.store();
      const head = await store.headPosition();
      const a = await store.append(streamName('log-a'), newEvents(3), 'no-stream');
      const b = await store.append(streamName('log-b'), newEvents(2), 'no-stream');
      const expected = [...a.events, ...b.events];
      expect(await store.readAll({ after: head, limit: 3 })).toEqual(expected.slice(0, 3));
      expect(await store.readAll({ after: expected[2].position, limit: 10 })).toEqual(expected.slice(3));
      expect(await store.headPosition()).toBe(b.position);
    });

    it('reads back the event at each position it handed out, and nothing at a head not reached yet', async () => {
      const store = sut.store();
      if (!store.readAt) return; // optional in the port; every adapter in this repository has it
      const { events } = await store.append(streamName('at'), newEvents(3), 'no-stream');
      for (const event of events) expect(await store.readAt(event.position)).toEqual(event);
      expect(await store.readAt(events[2].position + 1_000_000)).toBeUndefined();
    });

    it('gives positions that strictly increase across streams', async () => {
      const store = sut.store();
      const positions: number[] = [];
      for (let i = 0; i < 6; i++) {
        const result = await store.append(streamName(`pos-${i % 3}`), newEvents(2), 'any');
        positions.push(...result.events.map((e) => e.position));
      }
      positions.forEach((p, i) => i > 0 && expect(p).toBeGreaterThan(positions[i - 1]));
      expect(positions[0]).toBeGreaterThanOrEqual(1);
    });

    it('stamps recordedAt in UTC with milliseconds and keeps the business time as given', async () => {
      const store = sut.store();
      const before = Date.now();
      const [event] = (await store.append(streamName('clock'), [newEvent({ occurredAt: '2020-01-02T03:04:05.678Z' })], 'no-stream')).events;
      const [read] = await store.readStream(event.streamId);
      expect(read.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      // A server-side store may stamp with its own clock: allow for a little skew.
      expect(Math.abs(Date.parse(read.recordedAt) - before)).toBeLessThan(60_000);
      expect(read.occurredAt).toBe('2020-01-02T03:04:05.678Z');
      expect(read).toEqual(event);
    });
  });
}
