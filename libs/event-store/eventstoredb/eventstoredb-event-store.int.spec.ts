import { randomUUID } from 'node:crypto';
import { describeEventStoreContract } from '../testing/event-store.contract';
import { collect, newEvent, newEvents } from '../testing/event-store.fixtures';
import { describeSkipped } from '../../testing/engines/skip-notice';
import { UpcasterRegistry } from '../upcasting';
import { EventStoreDbEventStore, EventStoreDbEventStoreOptions } from './eventstoredb-event-store';

const url = process.env.EVENTSTORE_URL;
// No EventStoreDB server installs on this machine; the suite runs against one given by URL (npm run test:engines).
const SKIP_REASON = 'no EventStoreDB server in this run; set EVENTSTORE_URL=esdb://127.0.0.1:2113?tls=false to run it';

if (url) {
  // Every stream name the suite uses carries a fresh UUID, so runs can share one server.
  describeEventStoreContract(
    'EventStoreDB',
    async () => ({
      store: new EventStoreDbEventStore(url),
      reopen: async () => new EventStoreDbEventStore(url),
      cleanup: async () => undefined,
    }),
    { detectsEventIdsInOtherStreams: false },
  );

  describe('EventStoreDbEventStore on a real server', () => {
    const runId = randomUUID();
    const stream = (label: string): string => `esdb-${label}-${runId}-${randomUUID()}`;
    let opened: EventStoreDbEventStore[];
    const open = (options?: EventStoreDbEventStoreOptions): EventStoreDbEventStore => {
      const store = new EventStoreDbEventStore(url, options);
      opened.push(store);
      return store;
    };
    beforeEach(() => (opened = []));
    afterEach(() => Promise.all(opened.map((store) => store.close())));

    it('gives positions that increase but are not dense, being offsets in the server log', async () => {
      const { events } = await open().append(stream('offsets'), newEvents(3), 'no-stream');
      expect(events[1].position - events[0].position).toBeGreaterThan(1);
    });

    it('keeps system events out of the global log', async () => {
      const store = open();
      const head = await store.headPosition();
      await store.append(stream('system'), newEvents(2), 'no-stream');
      const all = await store.readAll({ after: head, limit: 1000 });
      expect(all.every((e) => !e.type.startsWith('$'))).toBe(true);
    });

    it('hands readers only the latest schema version', async () => {
      const upcasters = new UpcasterRegistry().register('crm.deal.won', 1, ({ data }) => ({ data: { amount: { value: data.amount } } }));
      const store = open({ upcasters });
      const name = stream('upcast');
      // Positions are byte offsets: only 0 or a position the store gave out may be read after.
      const head = await store.headPosition();
      await store.append(name, [newEvent({ type: 'crm.deal.won', schemaVersion: 1, data: { amount: 120 } })], 'no-stream');
      const latest = { schemaVersion: 2, data: { amount: { value: 120 } } };
      expect((await store.readStream(name))[0]).toMatchObject(latest);
      const all = await store.readAll({ after: head, limit: 1000 });
      expect(all.find((e) => e.streamId === name)).toMatchObject(latest);
    });

    it('accepts a kurrentdb:// connection string', async () => {
      const store = open();
      const kurrent = new EventStoreDbEventStore((url as string).replace(/^esdb/, 'kurrentdb'));
      opened.push(kurrent);
      const name = stream('kurrent');
      await store.append(name, [newEvent()], 'no-stream');
      expect(await kurrent.readStream(name)).toHaveLength(1);
    });

    it('stops a subscription whose handler throws and reports why', async () => {
      let reported: (error: unknown) => void = () => undefined;
      const failure = new Promise<unknown>((resolve) => (reported = resolve));
      const store = open({ onSubscriptionError: (error) => reported(error) });
      const head = await store.headPosition();
      await store.append(stream('failing'), [newEvent()], 'no-stream');
      store.subscribeAll(head, async () => {
        throw new Error('projection broke');
      });
      expect(await failure).toEqual(new Error('projection broke'));
    });

    it('delivers to a subscription what another client appends', async () => {
      const reader = open();
      const writer = open();
      const name = stream('other-client');
      const sub = collect(reader, await reader.headPosition());
      const written = (await writer.append(name, newEvents(3), 'no-stream')).events;
      await sub.until((events) => events.filter((e) => e.streamId === name).length >= 3);
      await sub.subscription.close();
      expect(sub.events.filter((e) => e.streamId === name).map((e) => e.eventId)).toEqual(written.map((e) => e.eventId));
    });
  });
} else {
  describeSkipped('EventStoreDB contract suite', SKIP_REASON);
}
