import { EventEnvelope } from '../../../../libs/event-store/envelope';
import { Doc } from '../../../../libs/read-models/document-store.port';
import { Projection } from '../../../../libs/read-models/projection';
import { ProjectionRunner } from '../../../../libs/read-models/runner/projection-runner';
import { InMemoryDocumentStore } from '../../../../libs/read-models/testing/in-memory-document-store';
import { InMemoryEventStore } from '../../../../libs/read-models/testing/in-memory-event-store';
import { StoredCheckpointTracker } from './stored-checkpoint-tracker';

/** Open cases per customer; handles `case.opened`, and `case.noted` only to leave it unchanged. */
const openCases: Projection = {
  name: 'open-cases', version: 1, indexes: [],
  canHandle: (type) => type === 'case.opened' || type === 'case.noted',
  documentIds: (e) => [String(e.data.customer)],
  evolve: (doc: Doc | null, e: EventEnvelope) => (e.type === 'case.opened' ? { open: Number(doc?.open ?? 0) + 1 } : null),
};
/** Notes per customer; never sees `case.opened`. */
const notes: Projection = {
  name: 'notes', version: 1, indexes: [],
  canHandle: (type) => type === 'case.noted',
  documentIds: (e) => [String(e.data.customer)],
  evolve: (doc: Doc | null) => ({ notes: Number(doc?.notes ?? 0) + 1 }),
};

const meta = { actor: 'test', correlationId: 'c', source: 'system' as const };
let n = 0;
const event = (type: string, customer: string) => ({ eventId: `e${++n}`, type, schemaVersion: 1, data: { customer }, occurredAt: '2026-03-01T09:00:00Z', metadata: meta });

describe('waiting on read models as stored, from a process that runs no projections', () => {
  let log: InMemoryEventStore;
  let store: InMemoryDocumentStore;
  let runner: ProjectionRunner | undefined;
  let tracker: StoredCheckpointTracker;
  const append = async (type: string, customer: string) => (await log.append(`c-${customer}`, [event(type, customer)], 'any')).position;

  beforeEach(() => {
    log = new InMemoryEventStore();
    store = new InMemoryDocumentStore();
    tracker = new StoredCheckpointTracker(store, log, [openCases, notes]);
  });
  afterEach(() => runner?.stop());

  const startRunner = async () => {
    runner = new ProjectionRunner({ eventStore: log, store, projections: [openCases, notes], registryPollMs: 0 });
    await runner.start();
  };

  it('says not yet while nobody has projected the events, and yes once a runner elsewhere has', async () => {
    await append('case.opened', 'ada');
    const head = await append('case.noted', 'ada');
    expect(await tracker.waitForPosition(head, 100)).toBe(false);
    await startRunner();
    expect(await tracker.waitForPosition(head, 5000)).toBe(true);
  });

  it('sees the position reached although the stored checkpoints lag over events that changed nothing', async () => {
    await startRunner();
    await append('case.opened', 'ada');
    expect(await tracker.waitForPosition(await log.headPosition(), 5000)).toBe(true);
    // Only `notes` changes; `open-cases` handles the event but leaves its document as it was, so its checkpoint is not written.
    const head = await append('case.noted', 'ada');
    expect(await runner!.waitForPosition(head, 5000)).toBe(true);
    expect(await tracker.waitForPosition(head, 5000)).toBe(true);
  });

  it('says not yet for a position beyond the log', async () => {
    await startRunner();
    const head = await append('case.opened', 'bob');
    expect(await tracker.waitForPosition(head + 1, 100)).toBe(false);
  });
});
