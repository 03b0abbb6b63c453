import { given, testContext } from '../../testing/decider-spec';
import { caseDecider } from './case.decider';
import { history, openCase, ref } from './case.fixtures';

const TUE_9 = '2026-03-03T09:00:00.000Z';
const FIRST_DUE = '2026-03-03T10:00:00.000Z';
/** Opened Tuesday 09:00, entered days later: the scheduler recorded the first-response breach before the answer was typed in. */
const breachedOnEntry = () => history([openCase, TUE_9],
  [{ type: 'RecordSlaBreach', caseId: 'case-1', clock: 'firstResponse', dueAt: FIRST_DUE, observedAt: '2026-03-06T12:00:00.000Z' }, FIRST_DUE]);

describe('cases: breaches judged from the facts in business time', () => {
  it('withdraws the recorded breach when the answer, back-dated, came before the due time', () => {
    given(caseDecider, breachedOnEntry()).when({ type: 'RespondToCase', ...ref }, testContext('2026-03-03T09:40:00.000Z')).thenMatches([
      { type: 'crm.case.responded', data: { sla: { firstResponse: { state: 'met', elapsedMs: 2_400_000, breachedAt: null } } } },
      { type: 'crm.case.sla-breach-withdrawn', data: { caseId: 'case-1', clock: 'firstResponse', dueAt: FIRST_DUE, metAt: '2026-03-03T09:40:00.000Z', sla: { firstResponse: { state: 'met', breachedAt: null } } } },
    ]);
  });

  it('withdraws it when the case was, back-dated, waiting on the customer before the due time', () => {
    given(caseDecider, breachedOnEntry()).when({ type: 'WaitOnCustomer', ...ref }, testContext('2026-03-03T09:50:00.000Z')).thenMatches([
      { type: 'crm.case.waiting-on-customer', data: { sla: { firstResponse: { state: 'paused', breachedAt: null } } } },
      { type: 'crm.case.sla-breach-withdrawn', data: { clock: 'firstResponse', dueAt: FIRST_DUE, metAt: '2026-03-03T09:50:00.000Z' } },
    ]);
  });

  it('keeps the breach when the answer came after the due time, or exactly at it counts as met', () => {
    given(caseDecider, breachedOnEntry()).when({ type: 'RespondToCase', ...ref }, testContext('2026-03-03T10:00:01.000Z'))
      .thenMatches([{ type: 'crm.case.responded', data: { sla: { firstResponse: { state: 'met', breachedAt: FIRST_DUE } } } }]);
    given(caseDecider, breachedOnEntry()).when({ type: 'RespondToCase', ...ref }, testContext(FIRST_DUE))
      .thenMatches([{ type: 'crm.case.responded' }, { type: 'crm.case.sla-breach-withdrawn' }]);
  });
});
