import { describe, expect, it } from '@jest/globals';
import { DuplicateEventIdError } from '../errors';
import { StoreUnderTest, expectConflict, newEvent, newEvents, streamName } from './event-store.fixtures';

async function rejection(attempt: Promise<unknown>): Promise<unknown> {
  return attempt.then(
    () => undefined,
    (e: unknown) => e,
  );
}

export function describeIdempotencyContract(sut: StoreUnderTest, { detectsEventIdsInOtherStreams = true } = {}): void {
  // Skipped (and reported as skipped) for adapters that declared they cannot check this.
  const acrossStreams = detectsEventIdsInOtherStreams ? it : it.skip;
  if (!detectsEventIdsInOtherStreams) {
    process.stdout.write('skipped tests "event ids across streams": this adapter declared it cannot see ids used in other streams (docs/eventstoredb.md)\n');
  }

  describe('idempotent repeats', () => {
    it('answers a repeated append with the original result and writes nothing', async () => {
      const store = sut.store();
      const stream = streamName('repeat');
      const events = newEvents(3);
      const original = await store.append(stream, events, 'no-stream');
      const head = await store.headPosition();
      // The retry carries a stale expected revision, as a client retrying after a timeout would.
      const repeat = await store.append(stream, events, 'no-stream');
      expect(repeat.revision).toBe(original.revision);
      expect(repeat.position).toBe(original.position);
      expect(repeat.events.map((e) => [e.eventId, e.position])).toEqual(original.events.map((e) => [e.eventId, e.position]));
      expect(await store.headPosition()).toBe(head);
      expect(await store.readStream(stream)).toHaveLength(3);
    });

    it('answers a repeat of an earlier append even after the stream moved on', async () => {
      const store = sut.store();
      const stream = streamName('repeat-earlier');
      const first = [newEvent()];
      const original = await store.append(stream, first, 'no-stream');
      await store.append(stream, newEvents(2), 0);
      const repeat = await store.append(stream, first, 'no-stream');
      expect(repeat.position).toBe(original.position);
      expect(repeat.revision).toBe(0);
      expect(await store.readStream(stream)).toHaveLength(3);
    });

    acrossStreams('rejects an event id already used in another stream', async () => {
      const store = sut.store();
      const event = newEvent();
      await store.append(streamName('first-home'), [event], 'no-stream');
      const error = await rejection(store.append(streamName('second-home'), [event], 'any'));
      expect(error).toBeInstanceOf(DuplicateEventIdError);
      expect((error as DuplicateEventIdError).eventId).toBe(event.eventId);
    });

    acrossStreams('tells a repeat, a taken stream and a taken id apart among single-event first appends sent together', async () => {
      const store = sut.store();
      const [kept, moved, third] = newEvents(3);
      const [home, other, fresh] = [streamName('first-kept'), streamName('first-other'), streamName('first-fresh')];
      const original = await store.append(home, [kept], 'no-stream');
      // Sent without awaiting, so that an adapter with group commit decides them in one transaction.
      const [repeat, takenStream, takenId, written] = await Promise.all([
        store.append(home, [kept], 'no-stream'),
        rejection(store.append(home, [moved], 'no-stream')),
        rejection(store.append(other, [kept], 'no-stream')),
        store.append(fresh, [third], 'no-stream'),
      ]);
      expect([repeat.position, repeat.revision]).toEqual([original.position, 0]);
      await expectConflict(Promise.reject(takenStream), 0);
      expect(takenId).toBeInstanceOf(DuplicateEventIdError);
      expect(written.revision).toBe(0);
      expect((await store.readStream(home)).map((e) => e.eventId)).toEqual([kept.eventId]);
      expect(await store.readStream(other)).toEqual([]);
      expect((await store.readStream(fresh)).map((e) => e.eventId)).toEqual([third.eventId]);
    });

    it('rejects a partial overlap with events already in the stream', async () => {
      const store = sut.store();
      const stream = streamName('overlap');
      const [a, b] = newEvents(2);
      await store.append(stream, [a], 'no-stream');
      expect(await rejection(store.append(stream, [a, b], 'any'))).toBeInstanceOf(DuplicateEventIdError);
      expect(await rejection(store.append(stream, [b, a], 'any'))).toBeInstanceOf(DuplicateEventIdError);
      expect(await store.readStream(stream)).toHaveLength(1);
    });
  });

  describe('atomic appends', () => {
    it('writes none of a multi-event append that fails on its revision', async () => {
      const store = sut.store();
      const stream = streamName('atomic-revision');
      await store.append(stream, [newEvent()], 'no-stream');
      const head = await store.headPosition();
      await expectConflict(store.append(stream, newEvents(3), 5), 0);
      expect(await store.readStream(stream)).toHaveLength(1);
      expect(await store.headPosition()).toBe(head);
    });

    acrossStreams('writes none of a multi-event append when one of its ids is already taken', async () => {
      const store = sut.store();
      const taken = newEvent();
      await store.append(streamName('taken'), [taken], 'no-stream');
      const stream = streamName('atomic-duplicate');
      const fresh = newEvent();
      expect(await rejection(store.append(stream, [fresh, taken], 'no-stream'))).toBeInstanceOf(DuplicateEventIdError);
      expect(await store.readStream(stream)).toEqual([]);
      // Had the first event been written, this would be a duplicate or a conflict.
      const retry = await store.append(stream, [fresh], 'no-stream');
      expect(retry.revision).toBe(0);
    });
  });
}
