import { EventEnvelope } from '../../../libs/event-store/envelope';
import { PersonalDataSealer } from '../../../libs/privacy/personal-data-sealer';
import { inMemorySubjectKeys } from '../../../libs/privacy/keys/testing/subject-keys-for-tests';
import { Doc } from '../../../libs/read-models/document-store.port';
import { Projection } from '../../../libs/read-models/projection';
import { CHECKPOINT_COLLECTION, readRegistry, switchActive } from '../../../libs/read-models/runner/registry';
import { InMemoryDocumentStore } from '../../../libs/read-models/testing/in-memory-document-store';
import { InMemoryEventStore } from '../../../libs/read-models/testing/in-memory-event-store';
import { PartitionProjector } from './partition-projector';

/** Counts events per customer, so a doubled event would show. */
const counter: Projection = {
  name: 'counter', version: 1, indexes: [],
  documentIds: (event) => [String(event.data.customerId)],
  evolve: (doc, event, id) => ({ _id: id, count: Number(doc?.count ?? 0) + 1, last: event.personal?.note ?? null }),
};

const event = (position: number, customerId: string): EventEnvelope => ({
  eventId: `e${position}`, type: 'crm.test.counted', schemaVersion: 1, subjectId: customerId, data: { customerId },
  occurredAt: '2026-03-01T00:00:00.000Z', metadata: { actor: 'test', correlationId: 'c', source: 'api' },
  streamId: `customer-${customerId}`, revision: position, position, recordedAt: '2026-03-01T00:00:00.000Z',
});

function setUp() {
  const store = new InMemoryDocumentStore();
  const log = new InMemoryEventStore();
  const projector = new PartitionProjector({ store, sealer: new PersonalDataSealer(inMemorySubjectKeys()), projections: [counter], openLog: () => log });
  const docs = async (collection: string): Promise<Doc[]> => store.collection(collection).find({}, { sort: { _id: 1 } });
  return { store, log, projector, docs };
}

describe('PartitionProjector', () => {
  it('changes nothing when a partition batch is delivered again, and keeps the newest position as the partition checkpoint', async () => {
    const { projector, docs } = setUp();
    await projector.start();
    const source = { topic: 'crm.events', partition: 3 };
    await projector.apply([event(1, 'a'), event(4, 'a'), event(9, 'b')], source);
    // A relay restart re-sends a tail, so a batch may end on an older position than it holds.
    await projector.apply([event(4, 'a'), event(9, 'b'), event(1, 'a')], source);
    expect((await docs('counter')).map((d) => [d._id, d.count, d._position])).toEqual([['a', 2, 4], ['b', 1, 9]]);
    expect(await docs(CHECKPOINT_COLLECTION)).toEqual([expect.objectContaining({ _id: 'kafka:crm.events:3', _position: 9, partition: 3 })]);
  });

  it('applies an older position from another partition, since positions interleave across partitions', async () => {
    const { projector, docs } = setUp();
    await projector.start();
    await projector.apply([event(20, 'a')], { topic: 'crm.events', partition: 0 });
    await projector.apply([event(5, 'b')], { topic: 'crm.events', partition: 1 });
    expect((await docs('counter')).map((d) => d._id)).toEqual(['a', 'b']);
    // No projection-wide checkpoint claiming position 20 for every partition.
    expect((await docs(CHECKPOINT_COLLECTION)).map((d) => d._id)).toEqual(['kafka:crm.events:0', 'kafka:crm.events:1']);
  });

  it('after a blue/green switch, replays from the log what the rebuilt collection is missing', async () => {
    const { store, log, projector, docs } = setUp();
    await projector.start();
    for (const customer of ['a', 'a', 'b']) {
      const appended = await log.append(`customer-${customer}`, [{ ...event(0, customer), eventId: `${customer}-${Math.random()}` }], 'any');
      await projector.apply(appended.events, { topic: 'crm.events', partition: 0 });
    }
    // A rebuild read nothing yet (checkpoint 0) when it switched: the whole log is missing there.
    await switchActive(store, counter, 'counter__v2', (await readRegistry(store, 'counter'))!, new Date());
    const next = await log.append('customer-c', [{ ...event(0, 'c'), eventId: 'c-1' }], 'any');
    await projector.apply(next.events, { topic: 'crm.events', partition: 1 });
    expect((await docs('counter__v2')).map((d) => [d._id, d.count])).toEqual([['a', 2], ['b', 1], ['c', 1]]);
  });
});
