import { describe, expect, it } from '@jest/globals';
import { EventEnvelope } from '../envelope';
import { StoreUnderTest, collect, idsOf, newEvents, streamName } from './event-store.fixtures';

function expectStrictlyIncreasing(events: EventEnvelope[]): void {
  events.forEach((e, i) => i > 0 && expect(e.position).toBeGreaterThan(events[i - 1].position));
}

export function describeSubscriptionContract(sut: StoreUnderTest): void {
  describe('subscriptions', () => {
    it('delivers past events then live ones, in order, without gaps or repeats', async () => {
      const store = sut.store();
      const stream = streamName('sub');
      const start = await store.headPosition();
      const past = (await store.append(stream, newEvents(25), 'no-stream')).events;
      const sub = collect(store, start);
      await sub.until((events) => idsOf(events, [stream]).length >= 25);

      const live: EventEnvelope[] = [];
      for (let i = 0; i < 5; i++) live.push(...(await store.append(stream, newEvents(3), 'any')).events);
      const expected = [...past, ...live].map((e) => e.eventId);
      await sub.until((events) => idsOf(events, [stream]).length >= expected.length);
      await sub.subscription.close();

      expect(idsOf(sub.events, [stream])).toEqual(expected);
      expectStrictlyIncreasing(sub.events);
      expect(sub.events[0].position).toBeGreaterThan(start);
    });

    it('starts strictly after the given position', async () => {
      const store = sut.store();
      const stream = streamName('sub-middle');
      const written = (await store.append(stream, newEvents(10), 'no-stream')).events;
      const sub = collect(store, written[4].position);
      await sub.until((events) => idsOf(events, [stream]).length >= 5);
      await sub.subscription.close();
      expect(idsOf(sub.events, [stream])).toEqual(written.slice(5).map((e) => e.eventId));
    });

    it('waits for the handler before delivering the next batch', async () => {
      const store = sut.store();
      const stream = streamName('sub-backpressure');
      const start = await store.headPosition();
      let running = 0;
      let overlapped = false;
      const sub = collect(store, start, async () => {
        running += 1;
        overlapped ||= running > 1;
        // Yield to the event loop several times, giving a careless adapter room to overlap.
        for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
        running -= 1;
      });
      for (let i = 0; i < 10; i++) await store.append(stream, newEvents(2), 'any');
      await sub.until((events) => idsOf(events, [stream]).length >= 20);
      await sub.subscription.close();
      expect(overlapped).toBe(false);
      expectStrictlyIncreasing(sub.events);
    });

    it('delivers nothing more once closed', async () => {
      const store = sut.store();
      const stream = streamName('sub-closed');
      const start = await store.headPosition();
      const first = collect(store, start);
      await store.append(stream, newEvents(2), 'no-stream');
      await first.until((events) => idsOf(events, [stream]).length >= 2);
      await first.subscription.close();

      await store.append(stream, newEvents(2), 1);
      // A second subscription seeing the later events shows they were there to be delivered.
      const second = collect(store, start);
      await second.until((events) => idsOf(events, [stream]).length >= 4);
      await second.subscription.close();
      expect(idsOf(first.events, [stream])).toHaveLength(2);
    });
  });
}
