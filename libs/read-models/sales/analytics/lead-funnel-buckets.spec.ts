import { InMemoryDocumentStore } from '../../testing/in-memory-document-store';
import { given } from '../../testing/projection-spec';
import { leadsProjection } from '../leads.projection';
import { FunnelParams, leadFunnelReport } from './lead-funnel';
import { leadFunnelDaysProjection } from './lead-funnel-days.projection';
import { leadFunnelFromBuckets } from './lead-funnel-from-buckets';
import { leadLog } from './lead-funnel.fixtures';
import { SalesCollections } from './sales-collections';

const CASES: [string, Omit<FunnelParams, 'stages'>][] = [
  ['the whole history, as of after the last event', { asOf: '2025-01-01T00:00:00.000Z' }],
  ['as of an instant while many leads were moving', { asOf: '2024-04-10T13:30:00.000Z', by: 'campaign' }],
  ['a period cut at odd instants, by source', { from: '2024-02-03T08:00:00.000Z', to: '2024-05-20T17:30:00.001Z', asOf: '2025-01-01T00:00:00.000Z', by: 'source' }],
  ['by country (some leads have none)', { asOf: '2024-09-01T00:00:00.000Z', by: 'country' }],
  ['by partner', { from: '2024-01-01T00:00:00.000Z', to: '2024-04-01T00:00:00.000Z', asOf: '2024-12-01T00:00:00.000Z', by: 'partner' }],
];
const FUNNELS = [['lead', 'mql', 'sql', 'opportunity', 'customer'], ['sql', 'mql'], ['lead', 'lead', 'opportunity']] as FunnelParams['stages'][];

describe('lead funnel from day buckets', () => {
  const events = leadLog();
  const store = new InMemoryDocumentStore();
  let collections: SalesCollections;
  beforeAll(async () => {
    await store.commit([...given(leadsProjection, events).values()].map((doc) => ({ collection: 'sales-leads', doc })));
    await store.commit([...given(leadFunnelDaysProjection, events).values()].map((doc) => ({ collection: 'funnel-days', doc })));
    const empty = store.collection('none');
    collections = { leads: store.collection('sales-leads'), opportunities: empty, pipelines: empty, fxRates: empty };
  });

  for (const [name, params] of CASES) {
    it(`gives today's report exactly: ${name}`, async () => {
      for (const stages of FUNNELS) {
        const p = { ...params, stages };
        expect(await leadFunnelFromBuckets(store.collection('funnel-days'), collections.leads, p)).toEqual(await leadFunnelReport(collections, p));
      }
    });
  }

  it('answers a settled history from the buckets alone, without a lead document', async () => {
    const p = { asOf: '2025-01-01T00:00:00.000Z', stages: FUNNELS[0], by: 'campaign' as const };
    expect(await leadFunnelFromBuckets(store.collection('funnel-days'), store.collection('none'), p)).toEqual(await leadFunnelReport(collections, p));
  });

  it('keeps the counts exact under a replay of the whole log, and no personal data', () => {
    const once = given(leadFunnelDaysProjection, events);
    expect(given(leadFunnelDaysProjection, [...events, ...events])).toEqual(once);
    expect(JSON.stringify([...once.values()])).not.toContain('@example.com');
  });
});
