import { EventEnvelope } from '../../event-store/envelope';
import { Doc, DocumentWrite } from '../document-store.port';
import { Projection } from '../projection';
import { InMemoryDocumentStore } from '../testing/in-memory-document-store';
import { InMemoryEventStore } from '../testing/in-memory-event-store';
import { ProjectionRunner } from './projection-runner';
import { activeCollection, PARKED_COLLECTION } from './registry';

let poisonIsABug = true;
/** Counts events per account; an event flagged `poison` throws while the "bug" is present. */
const tally: Projection = {
  name: 'tally',
  version: 1,
  indexes: [{ fields: { last: 1 } }],
  documentIds: (e) => (e.type === 'tally.bumped' ? [String(e.data.account)] : []),
  evolve(doc: Doc | null, e: EventEnvelope) {
    if (e.data.poison && poisonIsABug) throw new Error('cannot bump by a poison');
    return { ...(doc ?? {}), count: Number(doc?.count ?? 0) + 1, last: e.data.value } as Omit<Doc, '_position'>;
  },
};

const bump = (account: string, value: string, extra: Record<string, unknown> = {}) => ({
  eventId: `${account}-${value}`, type: 'tally.bumped', schemaVersion: 1, data: { account, value, ...extra },
  occurredAt: '2024-01-01T00:00:00.000Z', metadata: { actor: 'test', correlationId: 'c', source: 'system' as const },
});
const noise = (n: number) => ({ ...bump('x', `noise-${n}`), eventId: `noise-${n}`, type: 'other.happened' });

describe('ProjectionRunner', () => {
  let events: InMemoryEventStore;
  let store: InMemoryDocumentStore;
  let runner: ProjectionRunner;
  const start = async (r = new ProjectionRunner({ eventStore: events, store, projections: [tally], registryPollMs: 0 })) => {
    await r.start();
    return r;
  };
  const tallyDoc = async (id: string, collection?: string) =>
    store.collection(collection ?? (await activeCollection(store, 'tally'))).findOne({ _id: id });

  beforeEach(async () => {
    poisonIsABug = true;
    events = new InMemoryEventStore();
    store = new InMemoryDocumentStore();
    await events.append('a', [bump('a', '1'), bump('a', '2')], 'no-stream');
    runner = await start();
  });
  afterEach(async () => runner.stop());

  it('catches up with the log, then follows live events, and says when a position is reached', async () => {
    expect(await runner.waitForPosition(2, 1000)).toBe(true);
    const { position } = await events.append('a', [bump('a', '3')], 1);
    expect(await runner.waitForPosition(position, 1000)).toBe(true);
    expect(await tallyDoc('a')).toMatchObject({ _position: 3, count: 3, last: '3' });
  });

  it('moves the checkpoint over events no projection cares about', async () => {
    const { position } = await events.append('noise', [noise(1), noise(2)], 'any');
    expect(await runner.waitForPosition(position, 1000)).toBe(true);
    expect(runner.status().projections[0]).toMatchObject({ name: 'tally', position: 4, parked: 0 });
  });

  it('answers false when the position is not reached in time', async () => {
    expect(await runner.waitForPosition(99, 20)).toBe(false);
  });

  it('commits the changed documents and the checkpoint of a batch in one commit', async () => {
    await runner.waitForPosition(2, 1000);
    const commits: DocumentWrite[][] = [];
    const original = store.commit.bind(store);
    store.commit = async (writes) => { commits.push(writes); return original(writes); };
    const { position } = await events.append('b', [bump('b', '1'), bump('c', '1'), bump('b', '2')], 'any');
    await runner.waitForPosition(position, 1000);
    expect(commits).toHaveLength(1);
    expect(commits[0].map((w) => `${w.collection}/${w.doc._id}@${w.doc._position}`).sort())
      .toEqual(['projection_checkpoints/tally@tally@5', 'tally/b@5', 'tally/c@4']);
  });

  it('changes nothing when it replays events its documents already reflect', async () => {
    await runner.waitForPosition(2, 1000);
    await runner.stop();
    await store.dropCollection('projection_checkpoints'); // forget the checkpoint: replay from 0
    runner = await start();
    expect(await runner.waitForPosition(2, 1000)).toBe(true);
    expect(await tallyDoc('a')).toMatchObject({ count: 2 });
  });

  it('parks a poison event, marks its document, goes on, and applies it on retry once fixed', async () => {
    const { position } = await events.append('a', [bump('a', 'p', { poison: true }), bump('a', '4'), bump('z', '1')], 1);
    expect(await runner.waitForPosition(position, 1000)).toBe(true);
    expect(await tallyDoc('a')).toMatchObject({ count: 3, last: '4', _poisoned: { position: 3, error: 'cannot bump by a poison' } });
    expect(await tallyDoc('z')).toMatchObject({ count: 1 });
    const [parked] = await store.collection(PARKED_COLLECTION).find({});
    expect(parked).toMatchObject({ projection: 'tally', position: 3, eventId: 'a-p', type: 'tally.bumped', error: 'cannot bump by a poison', attempts: 1, resolved: false });
    expect(runner.status().projections[0].parked).toBe(1);

    expect(await runner.retryParked('tally')).toEqual({ retried: 1, resolved: 0, stillParked: 1 });
    poisonIsABug = false;
    expect(await runner.retryParked('tally')).toEqual({ retried: 1, resolved: 1, stillParked: 0 });
    const repaired = await tallyDoc('a');
    expect(repaired).toMatchObject({ count: 4, last: 'p', _position: 4 });
    expect(repaired).not.toHaveProperty('_poisoned');
    expect(await store.collection(PARKED_COLLECTION).findOne({})).toMatchObject({ resolved: true, attempts: 3 });
    expect(runner.status().projections[0].parked).toBe(0);
  });

  it('rebuilds into a new collection while queries keep reading the old one, then switches', async () => {
    await runner.waitForPosition(2, 1000);
    const seenDuring: string[] = [];
    const result = await runner.rebuild('tally', {
      batchSize: 1,
      onProgress: () => void activeCollection(store, 'tally').then((c) => seenDuring.push(c)),
    });
    expect(seenDuring.every((c) => c === 'tally')).toBe(true);
    expect(result).toMatchObject({ previousCollection: 'tally', position: 2, events: 2 });
    expect(result.collection).toMatch(/^tally__v1__\d+$/);
    expect(await activeCollection(store, 'tally')).toBe(result.collection);
    expect(await store.listCollections()).not.toContain('tally');

    const { position } = await events.append('a', [bump('a', '3')], 1);
    expect(await runner.waitForPosition(position, 1000)).toBe(true);
    expect(await tallyDoc('a', result.collection)).toMatchObject({ count: 3 });
  });

  it('follows a switch made by another runner and continues from the new checkpoint', async () => {
    await runner.waitForPosition(2, 1000);
    const other = new ProjectionRunner({ eventStore: events, store, projections: [tally], registryPollMs: 0 });
    const { collection } = await other.rebuild('tally');
    const { position } = await events.append('a', [bump('a', '3')], 1);
    expect(await runner.waitForPosition(position, 1000)).toBe(true);
    expect(runner.status().projections[0].collection).toBe(collection);
    expect(await tallyDoc('a', collection)).toMatchObject({ count: 3 });
    expect(await store.listCollections()).not.toContain('tally');
  });
});
