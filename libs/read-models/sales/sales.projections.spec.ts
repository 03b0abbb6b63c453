import { given } from '../testing/projection-spec';
import { customerSalesProjection } from './customer-sales.projection';
import { leadsProjection } from './leads.projection';
import { opportunitiesProjection } from './opportunities.projection';
import { fxRatesProjection } from './reference.projections';
import { SalesLog } from './sales-events.fixtures';

describe('sales-leads projection', () => {
  const story = (log: SalesLog) => [
    log.captured('l1', '2024-01-01T00:00:00.000Z', { stage: 'subscriber', source: 'newsletter', country: 'IR', industry: 'retail' }),
    log.lead('l1', 'signal-recorded', { signalId: 's1', kind: 'email_open' }, '2024-01-02T00:00:00.000Z'),
    log.lead('l1', 'signal-recorded', { signalId: 's2', kind: 'form_submit' }, '2024-01-03T00:00:00.000Z'),
    log.lead('l1', 'qualified', { level: 'sql', by: 'user' }, '2024-01-05T00:00:00.000Z'),
    log.lead('l1', 'converted', { customerId: 'c1', matchedExisting: false, opportunityId: 'o1', stage: 'opportunity' }, '2024-01-06T00:00:00.000Z'),
    log.opportunity('o1', 'won', { customerId: 'c1', pipelineId: 'pl', leadId: 'l1', amount: { amount: '5.00', currency: 'EUR' } }, '2024-02-01T00:00:00.000Z'),
  ];

  it('follows a subscriber through hand-raise, qualification, conversion and the won deal', () => {
    const doc = given(leadsProjection, story(new SalesLog())).get('l1')!;
    expect(doc).toMatchObject({
      status: 'converted', stage: 'customer', customerId: 'c1', opportunityId: 'o1', source: 'newsletter', country: 'IR',
      attributes: { source: 'newsletter', country: 'IR', industry: 'retail' }, email: 'l1@example.com',
      reached: { subscriber: '2024-01-01T00:00:00.000Z', lead: '2024-01-03T00:00:00.000Z', mql: '2024-01-05T00:00:00.000Z', sql: '2024-01-05T00:00:00.000Z',
        opportunity: '2024-01-06T00:00:00.000Z', customer: '2024-02-01T00:00:00.000Z', advocate: null },
    });
    expect(doc.reachedMs).toMatchObject({ lead: Date.parse('2024-01-03T00:00:00.000Z'), advocate: null });
    expect(doc.signals).toEqual([{ signalId: 's1', kind: 'email_open', at: '2024-01-02T00:00:00.000Z' }, { signalId: 's2', kind: 'form_submit', at: '2024-01-03T00:00:00.000Z' }]);
  });

  it('ends with the same document when the same events are replayed', () => {
    const events = story(new SalesLog());
    expect(given(leadsProjection, [...events, ...events]).get('l1')).toEqual(given(leadsProjection, events).get('l1'));
  });
});

describe('sales-opportunities projection', () => {
  it('keeps the stage history with the time spent in each stage and the outcome', () => {
    const log = new SalesLog();
    const doc = given(opportunitiesProjection, [
      log.opened('o1', '2024-03-01T00:00:00.000Z', { amount: '1200.50', currency: 'EUR' }),
      log.opportunity('o1', 'stage-changed', { customerId: 'c1', pipelineId: 'pl', from: 'Qualify', stage: 'Proposal', probability: '0.5' }, '2024-03-04T00:00:00.000Z'),
      log.opportunity('o1', 'lost', { customerId: 'c1', pipelineId: 'pl', amount: { amount: '1200.50', currency: 'EUR' }, reason: 'price' }, '2024-03-05T12:00:00.000Z'),
    ]).get('o1')!;
    expect(doc).toMatchObject({ status: 'lost', reason: 'price', stage: 'Proposal', probability: '0.5', currency: 'EUR', units: { hi: 0, lo: 12_005_000 },
      closedAt: '2024-03-05T12:00:00.000Z' });
    expect(doc.history).toEqual([
      { stage: 'Qualify', probability: '0.1', enteredAt: '2024-03-01T00:00:00.000Z', enteredMs: Date.parse('2024-03-01T00:00:00.000Z'), leftAt: '2024-03-04T00:00:00.000Z', durationMs: 3 * 86_400_000 },
      { stage: 'Proposal', probability: '0.5', enteredAt: '2024-03-04T00:00:00.000Z', enteredMs: Date.parse('2024-03-04T00:00:00.000Z'), leftAt: '2024-03-05T12:00:00.000Z', durationMs: 1.5 * 86_400_000 },
    ]);
  });
});

describe('customer-sales projection', () => {
  const story = (log: SalesLog) => [
    log.lead('l1', 'converted', { customerId: 'c1', matchedExisting: true, matchedBy: 'email', stage: 'sql',
      score: { modelVersion: 2, at: '2024-01-06T00:00:00.000Z', score: 30, fit: 20, engagement: 10, contributions: [] } }, '2024-01-06T00:00:00.000Z'),
    log.opened('o1', '2024-01-07T00:00:00.000Z'),
    log.opened('o2', '2024-01-08T00:00:00.000Z'),
    log.opportunity('o1', 'stage-changed', { customerId: 'c1', pipelineId: 'pl', from: 'Qualify', stage: 'Proposal', probability: '0.5' }, '2024-01-09T00:00:00.000Z'),
    log.opportunity('o2', 'won', { customerId: 'c1', pipelineId: 'pl', amount: { amount: '100.00', currency: 'EUR' } }, '2024-01-10T00:00:00.000Z'),
    log.captured('l2', '2024-01-11T00:00:00.000Z', { referrerCustomerId: 'c1' }),
  ];

  it('derives the lifecycle stage, keeps the score explanation and lists the open opportunities', () => {
    const doc = given(customerSalesProjection, story(new SalesLog())).get('c1')!;
    expect(doc).toMatchObject({ lifecycleStage: 'advocate', leadIds: ['l1'], leadScore: { modelVersion: 2, score: 30 }, wonOpportunityIds: ['o2'], referredLeadIds: ['l2'],
      reached: { subscriber: null, lead: '2024-01-06T00:00:00.000Z', sql: '2024-01-06T00:00:00.000Z', opportunity: '2024-01-07T00:00:00.000Z',
        customer: '2024-01-10T00:00:00.000Z', advocate: '2024-01-11T00:00:00.000Z' } });
    expect(doc.openOpportunities).toEqual([{ opportunityId: 'o1', name: 'Deal o1', pipelineId: 'pl', stage: 'Proposal', probability: '0.5',
      amount: { amount: '100.00', currency: 'EUR' }, expectedCloseDate: '2024-06-30' }]);
  });

  it('ends with the same document when the same events are replayed', () => {
    const events = story(new SalesLog());
    expect(given(customerSalesProjection, [...events, ...events]).get('c1')).toEqual(given(customerSalesProjection, events).get('c1'));
  });

  it('ignores a lead that is not yet a customer', () => {
    expect(customerSalesProjection.documentIds(new SalesLog().captured('l9', '2024-01-01T00:00:00.000Z'))).toEqual([]);
  });
});

describe('sales-fx-rates projection', () => {
  it('keeps one document per pair and instant, a correction replacing the rate', () => {
    const log = new SalesLog();
    const docs = given(fxRatesProjection, [log.fx('EUR', 'USD', '1.08', '2024-01-01T00:00:00.000Z'), log.fx('EUR', 'USD', '1.09', '2024-01-01T00:00:00.000Z')]);
    expect([...docs.values()]).toMatchObject([{ _id: 'EUR-USD@2024-01-01T00:00:00.000Z', base: 'EUR', quote: 'USD', rate: '1.09' }]);
  });
});
