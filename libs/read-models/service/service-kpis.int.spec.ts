import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MONGO_SKIP_HOW, mongoTarget } from '../../testing/engines/mongodb-target';
import { describeIf, describeSkipped } from '../../testing/engines/skip-notice';
import { openTempMongoStore } from '../../testing/engines/temp-mongo-store';
import { DocumentStore } from '../document-store.port';
import { SqliteDocumentStore } from '../sqlite/sqlite-document-store';
import { InMemoryDocumentStore } from '../testing/in-memory-document-store';
import { given } from '../testing/projection-spec';
import { casesProjection } from './cases.projection';
import { feedbackProjection } from './feedback.projection';
import { kpiCaseEvents, kpiFeedbackEvents } from './service-events.fixtures';
import { csatPipeline, npsPipeline, serviceKpiPipeline } from './service-kpis';

async function load(store: DocumentStore): Promise<DocumentStore> {
  const docs = [
    ...[...given(casesProjection, kpiCaseEvents()).values()].map((doc) => ({ collection: 'cases', doc })),
    ...[...given(feedbackProjection, kpiFeedbackEvents()).values()].map((doc) => ({ collection: 'feedback', doc })),
  ];
  await store.commit(docs);
  return store;
}

const ASKS: [string, string, Record<string, unknown>[]][] = [
  ['service KPIs now', 'cases', serviceKpiPipeline({ asOf: '2026-03-10T00:00:00.000Z' })],
  ['service KPIs as of an earlier business time', 'cases', serviceKpiPipeline({ asOf: '2026-03-03T10:05:00.000Z' })],
  ['NPS per month', 'feedback', npsPipeline({ asOf: '2026-04-01T00:00:00.000Z' }, 'month')],
  ['CSAT', 'feedback', csatPipeline({ asOf: '2026-04-01T00:00:00.000Z' })],
];

/** The KPI pipelines on `storeName` give what the in-memory MongoDB-semantics reference gives. */
function describeEquivalence(storeName: string, open: () => Promise<{ store: DocumentStore; close: () => Promise<void> }>) {
  let store: DocumentStore;
  let close: () => Promise<void>;
  let reference: DocumentStore;
  beforeAll(async () => {
    ({ store, close } = await open());
    await load(store);
    reference = await load(new InMemoryDocumentStore());
  });
  afterAll(async () => close());

  it.each(ASKS)(`answers %s on ${storeName} exactly as the in-memory MongoDB semantics do`, async (_name, collection, pipeline) => {
    const answer = await store.collection(collection).aggregate(pipeline);
    expect(answer.length).toBeGreaterThan(0);
    expect(answer).toEqual(await reference.collection(collection).aggregate(pipeline));
  });
}

describe('service KPIs on the SQLite document store', () => {
  describeEquivalence('SQLite', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'crm-service-kpis-'));
    const store = new SqliteDocumentStore(join(dir, 'read-models.db'));
    return { store, close: async () => { await store.close(); await rm(dir, { recursive: true, force: true }); } };
  });
});

const target = mongoTarget();
if (!target) {
  describeSkipped('service KPIs on a MongoDB-protocol server', `no server in this run: ${MONGO_SKIP_HOW}`);
} else {
  describeIf(target.capabilities?.aggregationExpressions ?? true, `service KPIs on ${target.server}`,
    `${target.server} lacks $facet, $sortArray, $cond and the other expressions these pipelines use; run against MongoDB (MONGODB_URL) to cover it`,
    () => describeEquivalence('MongoDB', async () => openTempMongoStore(target.url, 'service_kpis')));
}
