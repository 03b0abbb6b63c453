import { DuplicateEventIdError } from '../errors';
import { describeEventStoreContract } from '../testing/event-store.contract';
import { newEvent, newEvents } from '../testing/event-store.fixtures';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { InMemoryEsdbClient } from './testing/in-memory-esdb-client';

// The adapter's own logic against a server double; the same suite runs on a real server in
// eventstoredb-event-store.int.spec.ts when EVENTSTORE_URL is set.
describeEventStoreContract(
  'EventStoreDB adapter on an in-memory server double',
  async () => {
    const server = new InMemoryEsdbClient();
    return {
      store: new EventStoreDbEventStore(server),
      reopen: async () => new EventStoreDbEventStore(server),
      cleanup: async () => undefined,
    };
  },
  { detectsEventIdsInOtherStreams: false },
);

describe('EventStoreDbEventStore', () => {
  let server: InMemoryEsdbClient;
  let store: EventStoreDbEventStore;
  beforeEach(() => {
    server = new InMemoryEsdbClient();
    store = new EventStoreDbEventStore(server);
  });
  afterEach(() => store.close());

  it('refuses a new event in front of a stored one with any, which the server itself would write', async () => {
    const [a, b] = newEvents(2);
    await store.append('s', [a], 'no-stream');
    await expect(store.append('s', [b, a], 'any')).rejects.toEqual(new DuplicateEventIdError(a.eventId));
    expect(await store.readStream('s')).toHaveLength(1);
  });

  it('answers a retry whose expected revision went stale with the original result', async () => {
    await store.append('s', newEvents(2), 'no-stream');
    const retried = [newEvent()];
    const original = await store.append('s', retried, 1);
    await store.append('s', newEvents(2), 2);
    expect(await store.append('s', retried, 1)).toEqual(original);
  });

  it('answers a repeat with stream-exists from the tail of the stream', async () => {
    const events = newEvents(2);
    const original = await store.append('s', events, 'no-stream');
    expect(await store.append('s', events, 'stream-exists')).toEqual(original);
  });

  it('falls back on the server’s own id check for a repeat older than the idempotency window', async () => {
    const small = new EventStoreDbEventStore(server, { idempotencyWindow: 2 });
    const first = [newEvent()];
    await small.append('s', first, 'no-stream');
    await small.append('s', newEvents(3), 0);
    // The tail no longer shows the ids; the double, like the server, finds the first id in the stream.
    expect((await small.append('s', first, 'any')).revision).toBe(0);
    await small.close();
  });

  it('reads the global log and its head past system events and other applications’ events', async () => {
    const head = await store.headPosition();
    const ours = (await store.append('s', newEvents(20), 'no-stream')).events;
    await server.appendToStream('legacy', [{ id: 'f1', contentType: 'application/json', type: 'Legacy', data: { x: 1 }, metadata: undefined }]);
    expect(await store.readAll({ after: head, limit: 100 })).toEqual(ours);
    expect(await store.headPosition()).toBe(ours[ours.length - 1].position);
  });

  it('answers an empty append with the stream as it is', async () => {
    const { position } = await store.append('s', newEvents(2), 'no-stream');
    expect(await store.append('s', [], 1)).toEqual({ revision: 1, position, events: [] });
  });

  it('refuses appends and subscriptions once closed', async () => {
    await store.close();
    await expect(store.append('s', [newEvent()], 'any')).rejects.toThrow('closed');
    expect(() => store.subscribeAll(0, async () => undefined)).toThrow('closed');
  });

  it('accepts a kurrentdb:// connection string and refuses an http one', async () => {
    await new EventStoreDbEventStore('kurrentdb://127.0.0.1:2113?tls=false').close();
    expect(() => new EventStoreDbEventStore('http://127.0.0.1:2113')).toThrow('EVENTSTORE_URL');
  });
});
