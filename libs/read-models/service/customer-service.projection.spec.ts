import { openCase, ref } from '../../domain/service/case/case.fixtures';
import { EnvelopeLog } from '../testing/event-fixtures';
import { given } from '../testing/projection-spec';
import { customerServiceProjection } from './customer-service.projection';
import { feedbackProjection } from './feedback.projection';
import { caseEnvelopes, feedbackEnvelope } from './service-events.fixtures';

describe('customer-service projection (the 360° view part)', () => {
  it('lists open cases and drops a case once resolved', () => {
    const log = new EnvelopeLog();
    const events = [
      ...caseEnvelopes(log, [openCase, '2026-03-03T09:00:00.000Z']),
      ...caseEnvelopes(log, [{ ...openCase, caseId: 'case-2', subject: 'Second' }, '2026-03-03T10:00:00.000Z'], [{ type: 'ResolveCase', ...ref, caseId: 'case-2' }, '2026-03-03T11:00:00.000Z']),
    ];
    const doc = given(customerServiceProjection, events).get('cus-1')!;
    expect(doc.openCases).toEqual([{ caseId: 'case-1', subject: 'Refund not received', priority: 'high', status: 'open', openedAt: '2026-03-03T09:00:00.000Z', breached: false }]);
    expect(doc.openCaseCount).toBe(1);
  });

  it('keeps the latest NPS and CSAT in business time, even when an older survey arrives last', () => {
    const log = new EnvelopeLog();
    const doc = given(customerServiceProjection, [
      feedbackEnvelope(log, 'fb-2', 'nps', 3, '2026-03-05T00:00:00.000Z'),
      feedbackEnvelope(log, 'fb-1', 'nps', 10, '2026-03-01T00:00:00.000Z'),
      feedbackEnvelope(log, 'fb-3', 'csat', 4, '2026-03-02T00:00:00.000Z', { caseId: 'case-1' }),
    ]).get('cus-1')!;
    expect(doc.lastNps).toEqual({ feedbackId: 'fb-2', score: 3, at: '2026-03-05T00:00:00.000Z', caseId: null });
    expect(doc.lastCsat).toEqual({ feedbackId: 'fb-3', score: 4, at: '2026-03-02T00:00:00.000Z', caseId: 'case-1' });
  });

  it('ends with the same document when the same events are replayed', () => {
    const log = new EnvelopeLog();
    const events = [...caseEnvelopes(log, [openCase, '2026-03-03T09:00:00.000Z']), feedbackEnvelope(log, 'fb-1', 'nps', 8, '2026-03-04T00:00:00.000Z')];
    expect(given(customerServiceProjection, [...events, ...events]).get('cus-1')).toEqual(given(customerServiceProjection, events).get('cus-1'));
  });
});

describe('feedback projection', () => {
  it('bands an NPS score and keeps country and partner for NPS by country and partner', () => {
    const doc = given(feedbackProjection, [feedbackEnvelope(new EnvelopeLog(), 'fb-1', 'nps', 6, '2026-03-04T00:00:00.000Z', { country: 'DE', partnerId: 'p-2' })]).get('fb-1');
    expect(doc).toMatchObject({ kind: 'nps', score: 6, band: 'detractor', country: 'DE', partnerId: 'p-2', submittedAt: '2026-03-04T00:00:00.000Z', comment: 'ok' });
  });
});
