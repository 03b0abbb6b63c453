import { EventEnvelope } from '../../event-store/envelope';
import { Doc, DocumentWrite } from '../document-store.port';
import { Projection } from '../projection';
import { InMemoryDocumentStore } from '../testing/in-memory-document-store';
import { InMemoryEventStore } from '../testing/in-memory-event-store';
import { ProjectionRunner } from './projection-runner';
import { activeCollection, CHECKPOINT_COLLECTION, checkpointId } from './registry';

/** Counts bumps per account; declares that it only handles `tally.bumped`. */
const tally: Projection = {
  name: 'tally',
  version: 1,
  indexes: [],
  canHandle: (type) => type === 'tally.bumped',
  documentIds: (e) => (e.type === 'tally.bumped' ? [String(e.data.account)] : []),
  evolve: (doc: Doc | null, e: EventEnvelope) => ({ ...(doc ?? {}), count: Number(doc?.count ?? 0) + 1, last: e.data.value }) as Omit<Doc, '_position'>,
};
/** Keeps the latest note per topic; handles only `note.taken`. */
const notes: Projection = {
  name: 'notes',
  version: 1,
  indexes: [],
  canHandle: (type) => type === 'note.taken',
  documentIds: (e) => (e.type === 'note.taken' ? [String(e.data.topic)] : []),
  evolve: (_doc, e) => ({ text: e.data.text }),
};

const meta = { actor: 'test', correlationId: 'c', source: 'system' as const };
const at = '2024-01-01T00:00:00.000Z';
const bump = (account: string, value: string) => ({ eventId: `${account}-${value}`, type: 'tally.bumped', schemaVersion: 1, data: { account, value }, occurredAt: at, metadata: meta });
const note = (topic: string, text: string) => ({ eventId: `${topic}-${text}`, type: 'note.taken', schemaVersion: 1, data: { topic, text }, occurredAt: at, metadata: meta });

describe('ProjectionRunner with projections that declare their event types', () => {
  let events: InMemoryEventStore;
  let store: InMemoryDocumentStore;
  const runners: ProjectionRunner[] = [];
  const start = async (checkpointLagEvents?: number) => {
    const runner = new ProjectionRunner({ eventStore: events, store, projections: [tally, notes], registryPollMs: 0, checkpointLagEvents });
    runners.push(runner);
    await runner.start();
    return runner;
  };
  const stored = async (name: string) =>
    (await store.collection(CHECKPOINT_COLLECTION).findOne({ _id: checkpointId(name, await activeCollection(store, name)) }))?._position ?? 0;
  const tallyOf = async (account: string) => store.collection(await activeCollection(store, 'tally')).findOne({ _id: account });

  beforeEach(() => {
    events = new InMemoryEventStore();
    store = new InMemoryDocumentStore();
  });
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((r) => r.stop()));
  });

  it('reads nothing and writes nothing for a projection that cannot handle the batch', async () => {
    const runner = await start();
    const commits: DocumentWrite[][] = [];
    const commit = store.commit.bind(store);
    store.commit = async (writes) => { commits.push(writes); return commit(writes); };
    const asked: string[] = [];
    const collection = store.collection.bind(store);
    store.collection = (name) => { asked.push(name); return collection(name); };

    const { position } = await events.append('n', [note('a', 'x'), note('b', 'y')], 'any');
    expect(await runner.waitForPosition(position, 1000)).toBe(true);
    expect(asked).not.toContain('tally');
    expect(commits.flat().map((w) => `${w.collection}/${w.doc._id}`).sort())
      .toEqual(['notes/a', 'notes/b', 'projection_checkpoints/notes@notes']);
    expect(runner.status().projections.find((p) => p.name === 'tally')?.position).toBe(position);
  });

  it('resumes correctly from a stored checkpoint that lagged behind events it ignored', async () => {
    const first = await start();
    await events.append('t', [bump('a', '1')], 'any');
    const { position } = await events.append('n', [note('a', 'x'), note('b', 'y'), note('c', 'z')], 'any');
    expect(await first.waitForPosition(position, 1000)).toBe(true);
    expect(await stored('tally')).toBe(1);

    // A second process starting now (the first one never stopped cleanly) replays 2..4 for tally.
    const second = await start();
    expect(await second.waitForPosition(position, 1000)).toBe(true);
    const next = await events.append('t', [bump('a', '2')], 'any');
    expect(await second.waitForPosition(next.position, 1000)).toBe(true);
    expect(await first.waitForPosition(next.position, 1000)).toBe(true);
    expect(await tallyOf('a')).toMatchObject({ count: 2, last: '2', _position: next.position });
  });

  it('writes a lagging checkpoint once the projection has passed over the configured number of events', async () => {
    const runner = await start(3);
    await events.append('n', [note('a', '1')], 'any');
    await events.append('n', [note('a', '2')], 'any');
    expect(await runner.waitForPosition(2, 1000)).toBe(true);
    expect(await stored('tally')).toBe(0);
    await events.append('n', [note('a', '3')], 'any');
    expect(await runner.waitForPosition(3, 1000)).toBe(true);
    expect(await stored('tally')).toBe(3);
  });

  it('leaves nothing to replay after a clean stop', async () => {
    const runner = await start();
    const { position } = await events.append('n', [note('a', 'x'), note('b', 'y')], 'any');
    expect(await runner.waitForPosition(position, 1000)).toBe(true);
    expect(await stored('tally')).toBe(0);
    await runner.stop();
    expect(await stored('tally')).toBe(position);
  });

  it('continues from the rebuild checkpoint after a blue/green switch, whatever it had stored before', async () => {
    const runner = await start();
    await events.append('t', [bump('a', '1')], 'any');
    const { position } = await events.append('n', [note('a', 'x'), note('b', 'y')], 'any');
    expect(await runner.waitForPosition(position, 1000)).toBe(true);
    const rebuilt = await runner.rebuild('tally');
    expect(rebuilt.position).toBe(position);
    expect(await stored('tally')).toBe(position);
    const next = await events.append('t', [bump('a', '2')], 'any');
    expect(await runner.waitForPosition(next.position, 1000)).toBe(true);
    expect(await tallyOf('a')).toMatchObject({ count: 2 });
  });
});
