import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Doc, DocumentCollection, Filter, FindOptions } from '../../../../../libs/read-models/document-store.port';
import { segmentMembers } from '../../../../../libs/read-models/marketing/segment-members.reader';
import { SEGMENT_INPUTS } from '../../../../../libs/read-models/marketing/segment-facts';
import { segmentProjections } from '../../../../../libs/read-models/marketing/segment-projections';
import { partnersProjection } from '../../../../../libs/read-models/partner/partners.projection';
import { SqliteDocumentStore } from '../../../../../libs/read-models/sqlite/sqlite-document-store';
import { encodeCursor } from '../../http/cursor';
import { ReadModels } from '../../read-side/read-models.service';
import { customersInSegment } from './segment-customers';
import { loadFacts } from './segment-evaluator';

/**
 * Every query segments send (member pages now, as of, with consent and partner narrowing; the
 * customer list by segment; the facts the worker reads) on SQLite with scans refused: a query no
 * index serves throws, so this spec fails on it.
 */
describe('segment queries are served by indexes (SQLite, scans refused)', () => {
  let dir: string;
  let store: SqliteDocumentStore;
  const sent: { collection: string; filter: Filter; options?: FindOptions }[] = [];
  const readModels = {
    collection: async (name: string): Promise<DocumentCollection> => {
      const inner = store.collection(name);
      return { ...inner, find: (filter, options) => { sent.push({ collection: name, filter, options }); return inner.find(filter, options); }, findOne: (f) => inner.findOne(f), count: (f) => inner.count(f), aggregate: (p) => inner.aggregate(p) };
    },
  } as unknown as ReadModels;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'crm-segment-plans-'));
    store = new SqliteDocumentStore(join(dir, 'rm.db'), { refuseScans: true });
    for (const projection of [...segmentProjections, ...SEGMENT_INPUTS, partnersProjection]) await store.ensureIndexes(projection.name, projection.indexes);
    const members: Doc[] = ['c1', 'c2', 'c3'].map((c, i) => ({
      _id: `s1:${c}`, _position: i + 1, segmentId: 's1', customerId: c, member: i !== 1, enteredAt: '2026-01-01T00:00:00.000Z', firstEnteredAt: '2026-01-01T00:00:00.000Z',
      changes: [{ at: '2026-01-01T00:00:00.000Z', entered: true, position: i + 1 }],
    }));
    const customers: Doc[] = ['c1', 'c2', 'c3'].map((c, i) => ({ _id: c, _position: 10 + i, customerId: c, partnerId: 'p1', country: 'IR', revision: 0, nameTokens: ['hans'], consentFacts: [] }));
    await store.commit([...members.map((doc) => ({ collection: 'segment-members', doc })), ...customers.map((doc) => ({ collection: 'customer-360', doc })),
      { collection: 'partners', doc: { _id: 'p1', _position: 20, path: ['p1'] } },
      { collection: 'customer-sales', doc: { _id: 'c1', _position: 22, lifecycleStage: 'lead' } }, { collection: 'customer-service', doc: { _id: 'c1', _position: 23, openCaseCount: 1 } }, { collection: 'segments', doc: { _id: 's1', _position: 21, ownerPartnerId: 'p1' } }]);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => sent.splice(0));

  const assertAllServed = () => {
    expect(sent.length).toBeGreaterThan(0);
    for (const { collection, filter, options } of sent) {
      const plan = store.collection(collection).explain(filter, options);
      const label = JSON.stringify({ collection, filter, options, plan });
      expect({ label, served: plan.served }).toEqual({ label, served: true });
      for (const line of plan.queryPlan) expect({ label, line }).not.toEqual({ label, line: expect.stringMatching(/^SCAN \S+$/) });
    }
  };

  it.each([
    ['current members', { limit: 2 }],
    ['a later page', { limit: 2, after: 'c1' }],
    ['members as of a date', { limit: 2, asOf: '2026-02-01T00:00:00.000Z' }],
    ['members with consent in force, narrowed to a partner subtree', { limit: 2, purpose: 'marketing', channel: 'email', partnerIds: ['p1'] }],
  ])('serves %s', async (_label, options) => {
    await segmentMembers(readModels, 's1', options);
    assertAllServed();
  });

  it('serves the customer list by segment, with a search condition and a cursor', async () => {
    expect((await customersInSegment(readModels, 's1', [{ nameTokens: { $all: ['hans'] } }], 1, undefined)).items.map((d) => d._id)).toEqual(['c1']);
    await customersInSegment(readModels, 's1', [{ partnerId: { $in: ['p1'] } }], 1, encodeCursor(['c1']));
    assertAllServed();
  });

  it('serves the facts the worker reads for a batch of customers', async () => {
    await loadFacts(readModels, ['c1', 'c2']);
    assertAllServed();
  });

  it('serves the segment list of a partner key and the worker\'s walks by primary key', async () => {
    await (await readModels.collection('segments')).find({ $and: [{ ownerPartnerId: { $in: ['p1'] } }, { _id: { $gt: '' } }] }, { sort: { _id: 1 }, limit: 51 });
    await (await readModels.collection('segments')).find({ _id: { $gt: '' } }, { sort: { _id: 1 } });
    await (await readModels.collection('customer-360')).find({ _id: { $gt: 'c1' } }, { sort: { _id: 1 }, limit: 200 });
    await (await readModels.collection('segment-members')).find({ _id: { $in: ['s1:c1', 's1:c2'] } });
    assertAllServed();
  });
});
