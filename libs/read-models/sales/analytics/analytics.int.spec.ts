import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MONGO_SKIP_HOW, mongoTarget } from '../../../testing/engines/mongodb-target';
import { describeSkipped } from '../../../testing/engines/skip-notice';
import { openTempMongoStore } from '../../../testing/engines/temp-mongo-store';
import { DocumentStore } from '../../document-store.port';
import { DocumentStoreCapabilities, FULL_CAPABILITIES } from '../../testing/document-store.contract';
import { SqliteDocumentStore } from '../../sqlite/sqlite-document-store';
import { collectionsOf, events, leadEvents } from './analytics.fixtures';
import { forecastReport } from './forecast';
import { leadFunnelReport } from './lead-funnel';
import { compareModels } from './lead-scores';
import { pipelineReport } from './pipeline-report';
import { SalesCollections } from './sales-collections';
import { winRateReport } from './win-rate';

type Report = (c: SalesCollections) => Promise<unknown>;
/** Each report with what its pipelines need from the server beyond find, $match, $group with $sum and $sort. */
type Needs = (can: DocumentStoreCapabilities) => boolean;
const expressions: Needs = (can) => can.aggregationExpressions;
const REPORTS: [string, Report, Needs][] = [
  ['pipeline', (c) => pipelineReport(c, { asOf: '2024-03-15T00:00:00.000Z', currency: 'EUR' }), expressions],
  ['forecast', (c) => forecastReport(c, { asOf: '2024-05-10T00:00:00.000Z', from: '2024-05-01T00:00:00.000Z', to: '2024-07-01T00:00:00.000Z', currency: 'USD' }), expressions],
  ['win-rate', (c) => winRateReport(c, { asOf: '2024-06-01T00:00:00.000Z', currency: 'IRR' }), (can) => can.aggregationExpressions && can.groupAccumulatorsBeyondSum],
  ['lead-funnel', (c) => leadFunnelReport(c, { asOf: '2024-01-01T00:00:00.000Z', stages: ['lead', 'mql', 'sql'], by: 'source' }), expressions],
  ['lead-score comparison', (c) => compareModels(c.leads, { version: 1, model: { fit: [{ attribute: 'source', in: ['web'], points: 5 }], engagement: {}, halfLifeDays: 10, thresholds: {} } },
    { version: 2, model: { fit: [{ attribute: 'source', in: ['event'], points: 5 }], engagement: {}, halfLifeDays: 10, thresholds: {} } }, '2024-01-01T00:00:00.000Z', 10), () => true],
];

/** Every report on `store` equals the in-memory MongoDB-semantics reference over the same events. */
function describeEquivalence(storeName: string, open: () => Promise<{ store: DocumentStore; close: () => Promise<void> }>, can = FULL_CAPABILITIES) {
  let store: DocumentStore;
  let close: () => Promise<void>;
  let projected: SalesCollections;
  let reference: SalesCollections;
  beforeAll(async () => {
    ({ store, close } = await open());
    projected = await collectionsOf([...events, ...leadEvents], store);
    reference = await collectionsOf([...events, ...leadEvents]);
  });
  afterAll(async () => close());

  const [runnable, unsupported] = [REPORTS.filter(([, , needs]) => needs(can)), REPORTS.filter(([, , needs]) => !needs(can))];
  const sameAsReference = async (_name: string, report: Report) => expect(await report(projected)).toEqual(await report(reference));
  const title = `answers the %s report on ${storeName} exactly as the in-memory MongoDB semantics do`;
  if (runnable.length > 0) it.each(runnable)(title, sameAsReference);
  if (unsupported.length > 0) {
    describeSkipped(`${unsupported.map(([name]) => name).join(', ')} reports on ${storeName}`,
      `${storeName} lacks aggregation expressions ($cond, $arrayElemAt, $substr…) or accumulators beyond $sum ($last…); run against MongoDB (MONGODB_URL) to cover them`,
      () => it.each(unsupported)(title, sameAsReference));
  }
}

describe('sales analytics on the SQLite document store', () => {
  describeEquivalence('SQLite', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'crm-sales-analytics-'));
    const store = new SqliteDocumentStore(join(dir, 'read-models.db'));
    return { store, close: async () => { await store.close(); await rm(dir, { recursive: true, force: true }); } };
  });

  it('compares reports that are not empty: the fixtures leave three deals open in March', async () => {
    expect((await pipelineReport(await collectionsOf([...events, ...leadEvents]), { asOf: '2024-03-15T00:00:00.000Z' })).totals.count).toBe(3);
  });
});

const target = mongoTarget();
if (!target) {
  describeSkipped('sales analytics on a MongoDB-protocol server', `no server in this run: ${MONGO_SKIP_HOW}`);
} else {
  describe(`sales analytics on ${target.server}`, () => {
    describeEquivalence(target.flavor === 'ferretdb' ? 'FerretDB' : 'MongoDB', async () => openTempMongoStore(target.url, 'analytics'), target.capabilities);
  });
}
