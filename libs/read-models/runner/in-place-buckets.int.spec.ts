import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventEnvelope } from '../../event-store/envelope';
import { Doc } from '../document-store.port';
import { Projection } from '../projection';
import { leadFunnelDays } from '../sales/analytics/lead-funnel-days.projection';
import { leadLog } from '../sales/analytics/lead-funnel.fixtures';
import { caseKpiDays } from '../service/case-kpi-days.projection';
import { feedbackDaily } from '../service/feedback-daily.projection';
import { feedbackLog } from '../service/feedback.fixtures';
import { generatedCaseLog } from '../service/generated-cases.fixtures';
import { SqliteDocumentStore } from '../sqlite/sqlite-document-store';
import { given } from '../testing/projection-spec';
import { projectBatch } from './project-batch';

const now = () => new Date('2027-01-01T00:00:00.000Z');

let dir: string;
const opened: SqliteDocumentStore[] = [];
const openStore = () => opened[opened.push(new SqliteDocumentStore(join(dir, `read-models-${opened.length}.db`))) - 1];
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'crm-in-place-')); });
afterAll(async () => {
  for (const store of opened) await store.close();
  await rm(dir, { recursive: true, force: true });
});

/** The collection after projecting `events` batch by batch into a SQLite store, each batch committed as the runner commits it. */
async function projected(projection: Projection, events: EventEnvelope[], batchSize: number, store = openStore()): Promise<Doc[]> {
  const target = { projection, collection: 'buckets', checkpoint: 0 };
  for (let i = 0; i < events.length; i += batchSize) {
    const batch = await projectBatch(store, target, events.slice(i, i + batchSize), now);
    await store.commit(batch.writes);
    target.checkpoint = batch.lastPosition;
  }
  return store.collection('buckets').find({});
}

const byId = (docs: Iterable<Doc>) => [...docs].sort((a, b) => (a._id < b._id ? -1 : 1));

describe('bucket projections folded in place, once per batch', () => {
  const logs: [string, (inPlace: boolean) => Projection, EventEnvelope[]][] = [
    ['service KPI days', caseKpiDays, generatedCaseLog(400)],
    ['lead funnel days', leadFunnelDays, leadLog()],
    ['feedback days', feedbackDaily, feedbackLog()],
  ];

  it.each(logs)('%s: batches of any size give the documents that copying every bucket per event gives', async (_name, make, events) => {
    const reference = byId(given(make(false), events).values());
    for (const size of [331, 5000]) expect(byId(await projected(make(true), events, size))).toEqual(reference);
  });

  it.each(logs)('%s: replaying the whole log onto the documents changes nothing', async (_name, make, events) => {
    const store = openStore();
    await projected(make(true), events, 250, store);
    const replay = await projectBatch(store, { projection: make(true), collection: 'buckets', checkpoint: 0 }, events, now);
    expect(replay.changed).toBe(0);
  });
});
