import { BusinessRuleError, InvalidValueError } from '../../shared/errors';
import { given } from '../../testing/decider-spec';
import { feedbackDecider, npsBand, RecordFeedback } from './feedback.decider';

const nps: RecordFeedback = { type: 'RecordFeedback', feedbackId: 'fb-1', customerId: 'cus-1', kind: 'nps', score: 9, caseId: 'case-1', comment: 'خیلی خوب بود', country: 'IR' };

describe('feedback', () => {
  it('records an NPS score about a case with the comment kept personal', () => {
    given(feedbackDecider).when(nps).then([{
      type: 'crm.feedback.recorded',
      data: { feedbackId: 'fb-1', customerId: 'cus-1', kind: 'nps', score: 9, caseId: 'case-1', country: 'IR' },
      personal: { comment: 'خیلی خوب بود' },
    }]);
  });

  it('records a CSAT score without a case', () => {
    given(feedbackDecider).when({ type: 'RecordFeedback', feedbackId: 'fb-2', customerId: 'cus-1', kind: 'csat', score: 4 })
      .then([{ type: 'crm.feedback.recorded', data: { feedbackId: 'fb-2', customerId: 'cus-1', kind: 'csat', score: 4 }, personal: {} }]);
  });

  it('refuses scores outside the scale of their kind', () => {
    given(feedbackDecider).when({ ...nps, score: 11 }).thenThrows(InvalidValueError, { errors: [expect.objectContaining({ field: 'score' })] });
    given(feedbackDecider).when({ ...nps, kind: 'csat', score: 0 }).thenThrows(InvalidValueError);
    given(feedbackDecider).when({ ...nps, score: 7.5 }).thenThrows(InvalidValueError);
  });

  it('refuses to record the same feedback twice', () => {
    given(feedbackDecider, [{ type: 'crm.feedback.recorded', data: { feedbackId: 'fb-1', customerId: 'cus-1', kind: 'nps', score: 9 } }]).when(nps).thenThrows(BusinessRuleError);
  });

  it('bands NPS scores into promoters, passives and detractors', () => {
    expect([10, 9, 8, 7, 6, 0].map(npsBand)).toEqual(['promoter', 'promoter', 'passive', 'passive', 'detractor', 'detractor']);
  });
});
