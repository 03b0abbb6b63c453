import { EventEnvelope } from '../../../event-store/envelope';
import { Doc, DocumentStore } from '../../document-store.port';
import { Projection } from '../../projection';
import { InMemoryDocumentStore } from '../../testing/in-memory-document-store';
import { given } from '../../testing/projection-spec';
import { leadsProjection } from '../leads.projection';
import { opportunitiesProjection } from '../opportunities.projection';
import { fxRatesProjection, pipelinesProjection } from '../reference.projections';
import { SalesLog } from '../sales-events.fixtures';
import { SalesCollections } from './sales-collections';

/** Projects `events` into `store` the way the runner would, and hands back the analytics collections. */
export async function collectionsOf(events: EventEnvelope[], store: DocumentStore = new InMemoryDocumentStore()): Promise<SalesCollections> {
  const load = async (projection: Projection) => {
    const docs: Doc[] = [...given(projection, events).values()];
    await store.commit(docs.map((doc) => ({ collection: projection.name, doc })));
    return store.collection(projection.name);
  };
  return { leads: await load(leadsProjection), opportunities: await load(opportunitiesProjection), pipelines: await load(pipelinesProjection), fxRates: await load(fxRatesProjection) };
}

export const log = new SalesLog();
const stageChange = (id: string, stage: string, probability: string, at: string) =>
  log.opportunity(id, 'stage-changed', { customerId: 'c1', pipelineId: 'pl', from: 'Qualify', stage, probability }, at);
const closed = (id: string, outcome: 'won' | 'lost', amount: string, currency: string, at: string) =>
  log.opportunity(id, outcome, { customerId: 'c1', pipelineId: 'pl', amount: { amount, currency }, ...(outcome === 'lost' ? { reason: 'price' } : {}) }, at);

export const events = [
  log.event('pipeline-pl', 'crm.pipeline.created', { pipelineId: 'pl', name: 'Iran', stages: [{ name: 'Qualify', probability: '0.1' }, { name: 'Proposal', probability: '0.5' }] }, undefined, '2024-01-01T00:00:00.000Z'),
  log.fx('EUR', 'USD', '1.10', '2024-01-01T00:00:00.000Z'),
  log.fx('EUR', 'USD', '1.20', '2024-04-01T00:00:00.000Z'),
  log.fx('USD', 'IRR', '500000', '2024-01-01T00:00:00.000Z'),
  log.opened('o1', '2024-02-01T00:00:00.000Z', { amount: '1000.00', currency: 'EUR', close: '2024-05-15' }),
  log.opened('o2', '2024-02-02T00:00:00.000Z', { amount: '110.00', currency: 'USD', close: '2024-06-10' }),
  log.opened('o3', '2024-02-03T00:00:00.000Z', { amount: '55000000', currency: 'IRR', close: '2024-05-20' }),
  stageChange('o1', 'Proposal', '0.5', '2024-03-01T00:00:00.000Z'),
  closed('o2', 'won', '110.00', 'USD', '2024-05-01T00:00:00.000Z'),
  closed('o3', 'lost', '55000000', 'IRR', '2024-05-03T00:00:00.000Z'),
];

/** Four leads of 2023: two from the web reaching MQL (one SQL), one from an event disqualified, one later. */
export const funnelLog = new SalesLog();
export const leadEvents = [
  funnelLog.captured('a', '2023-01-01T00:00:00.000Z', { source: 'web' }),
  funnelLog.lead('a', 'qualified', { level: 'mql', by: 'score' }, '2023-01-03T00:00:00.000Z'),
  funnelLog.lead('a', 'qualified', { level: 'sql', by: 'user' }, '2023-01-07T00:00:00.000Z'),
  funnelLog.captured('b', '2023-01-02T00:00:00.000Z', { source: 'web' }),
  funnelLog.lead('b', 'qualified', { level: 'mql', by: 'score' }, '2023-01-04T00:00:00.000Z'),
  funnelLog.captured('c', '2023-01-02T00:00:00.000Z', { source: 'event' }),
  funnelLog.lead('c', 'disqualified', { reason: 'no budget' }, '2023-01-05T00:00:00.000Z'),
  funnelLog.captured('d', '2023-03-01T00:00:00.000Z', { source: 'web' }),
];

