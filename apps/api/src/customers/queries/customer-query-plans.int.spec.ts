import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { customer360Projection, CUSTOMER_SORTS } from '../../../../../libs/read-models/customer/customer-360.projection';
import { customerHistoryProjection } from '../../../../../libs/read-models/customer/customer-history.projection';
import { Doc, DocumentCollection, Filter, FindOptions } from '../../../../../libs/read-models/document-store.port';
import { SqliteDocumentStore } from '../../../../../libs/read-models/sqlite/sqlite-document-store';
import { encodeCursor } from '../../http/cursor';
import { CustomerSearch } from './customer.queries';
import { keysetPage } from './keyset-page';
import { customerConditions } from './search-customers.handler';

/** Records each find a production query builder sends, so its SQL plan can be checked afterwards. */
function recording(collection: DocumentCollection, into: { filter: Filter; options?: FindOptions }[]): DocumentCollection {
  return { ...collection, find: (filter, options) => { into.push({ filter, options }); return collection.find(filter, options); }, findOne: (f) => collection.findOne(f), count: (f) => collection.count(f), aggregate: (p) => collection.aggregate(p) };
}

const SEARCHES: CustomerSearch[] = [
  {}, { email: 'c1@example.com' }, { phone: '+4930123456' }, { country: 'DE' }, { partnerId: 'p1' },
  { q: 'Hans' }, { q: 'Han' }, { q: 'Hans Mül' }, { q: '山田' }, { q: 'Han', country: 'DE' }, { email: 'c1@example.com', partnerId: 'p1' },
];
const ORDERS = [undefined, ...CUSTOMER_SORTS.flatMap((s) => [s, `-${s}`])];

describe('every production query of customer-360 and customer-history is served by an index (SQLite plans, scans refused)', () => {
  let dir: string;
  let store: SqliteDocumentStore;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'crm-plans-'));
    store = new SqliteDocumentStore(join(dir, 'rm.db'), { refuseScans: true });
    await store.ensureIndexes('customer-360', customer360Projection.indexes);
    await store.ensureIndexes('customer-history', customerHistoryProjection.indexes);
    const docs: Doc[] = ['Hans Müller', 'Hannah Schmidt', '山田太郎'].map((name, i) => ({
      _id: `c${i}`, _position: i + 1, name, nameTokens: [name.toLowerCase()], emails: [`c${i}@example.com`], phones: [], country: 'DE', partnerId: 'p1',
      sortKeys: { name: name.toLowerCase(), lastContactAt: '', createdAt: `2026-03-0${i + 1}` },
    }));
    await store.commit(docs.map((doc) => ({ collection: 'customer-360', doc })));
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Fails on a plan that reads a table without an index, or sorts a walk no index narrowed (sorting the collection). */
  const assertServed = (collection: string, filter: Filter, options?: FindOptions) => {
    const plan = store.collection(collection).explain(filter, options);
    const label = JSON.stringify({ filter, options, plan });
    expect({ label, served: plan.served }).toEqual({ label, served: true });
    for (const line of plan.queryPlan) expect({ label, line }).not.toEqual({ label, line: expect.stringMatching(/^SCAN \S+$/) });
    if (plan.strategy === 'walk' && !/ w\.id IN \(/.test(plan.sql)) for (const line of plan.queryPlan) expect({ label, line }).not.toEqual({ label, line: expect.stringMatching(/TEMP B-TREE FOR ORDER BY/) });
  };

  it('serves the 360° view by primary key', async () => {
    expect((await store.collection('customer-360').findOne({ _id: 'c0' }))?.name).toBe('Hans Müller');
  });

  it.each(SEARCHES.flatMap((search) => ORDERS.map((sort) => [JSON.stringify({ ...search, sort }), { ...search, sort }] as const)))(
    'serves the search %s on its first and a later page', async (_label, search) => {
      const sent: { filter: Filter; options?: FindOptions }[] = [];
      const customers = recording(store.collection('customer-360'), sent);
      await keysetPage(customers, customerConditions(search), search.sort, 2, undefined);
      await keysetPage(customers, customerConditions(search), search.sort, 2, encodeCursor(search.sort ? ['hans muller', 'c0'] : ['c0']));
      for (const { filter, options } of sent) assertServed('customer-360', filter, options);
    });

  it('declares, for MongoDB, an index that leads with every sort of the list and every field a search filters on', async () => {
    const sent: { filter: Filter; options?: FindOptions }[] = [];
    const customers = recording(store.collection('customer-360'), sent);
    for (const search of SEARCHES) for (const sort of ORDERS) await keysetPage(customers, customerConditions({ ...search, sort }), sort, 2, undefined);
    const declared = customer360Projection.indexes.map((ix) => Object.keys(ix.fields));
    for (const { filter, options } of sent) {
      const sortKeys = Object.keys(options?.sort ?? {}).filter((k, i, all) => !(k === '_id' && all.length === 1));
      if (sortKeys.length) expect({ sortKeys, served: declared.some((fields) => sortKeys.every((k, i) => fields[i] === k)) }).toEqual({ sortKeys, served: true });
      for (const part of (filter.$and as Filter[] | undefined) ?? []) {
        for (const field of Object.keys(part).filter((k) => !k.startsWith('$') && k !== '_id')) {
          expect({ field, served: declared.some((fields) => fields[0] === field) }).toEqual({ field, served: true });
        }
      }
    }
  });

  it('counts an email, phone, country or partner match from the index alone', async () => {
    expect(await store.collection('customer-360').count({ country: 'DE' })).toBe(3);
    expect(await store.collection('customer-360').count({ emails: 'c1@example.com' })).toBe(1);
  });

  it("serves a customer's history and timeline pages through the customerId index", () => {
    assertServed('customer-history', { customerId: 'c1', position: { $gt: 3 } }, { sort: { position: 1 }, limit: 51 });
    assertServed('customer-history', { customerId: 'c1', $or: [{ occurredAt: { $gt: 'x' } }, { occurredAt: 'x', position: { $gt: 1 } }] }, { sort: { occurredAt: 1, position: 1 }, limit: 51 });
  });

  it('serves the duplicate candidates of a customer and the partner scope checks', () => {
    assertServed('customer-360', { _id: { $gt: 'c0' }, $or: [{ emails: { $in: ['a@x'] } }, { nameTokens: { $in: ['hans'] } }] }, { sort: { _id: 1 }, limit: 20 });
    assertServed('customer-360', { partnerId: { $in: ['p1', 'p2'] } });
    assertServed('customer-360', { $and: [{ _id: { $in: ['c0', 'c1'] } }, { partnerId: { $in: ['p1'] } }] });
  });

  it('refuses, in this mode, a query no index serves', async () => {
    await expect(store.collection('customer-360').find({ kind: 'person' }, { limit: 5 })).rejects.toThrow(/would scan/);
    await expect(store.collection('customer-360').find({ kind: 'person' })).rejects.toThrow(/would scan/);
  });
});
