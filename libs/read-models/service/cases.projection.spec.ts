import { openCase, ref } from '../../domain/service/case/case.fixtures';
import { EnvelopeLog } from '../testing/event-fixtures';
import { given } from '../testing/projection-spec';
import { casesProjection } from './cases.projection';
import { caseEnvelopes } from './service-events.fixtures';
import { slaDeadlinesProjection } from './sla-deadlines.projection';

const TUE_9 = '2026-03-03T09:00:00.000Z';

describe('cases projection', () => {
  it('builds a case with its due times, the next deadline and the subject', () => {
    const doc = given(casesProjection, caseEnvelopes(new EnvelopeLog(), [openCase, TUE_9])).get('case-1')!;
    expect(doc).toMatchObject({
      caseId: 'case-1', customerId: 'cus-1', status: 'open', priority: 'high', channel: 'email', subject: 'Refund not received', country: 'IR', partnerId: 'p-1',
      breached: false, nextDueAt: '2026-03-03T10:00:00.000Z', openedAt: TUE_9, statusHistory: [{ status: 'open', at: TUE_9 }], revision: 0,
      sla: { firstResponse: { dueAt: '2026-03-03T10:00:00.000Z' }, resolution: { dueAt: '2026-03-03T17:00:00.000Z' } },
    });
  });

  it('keeps first-response and resolution times in business minutes, and the breach with its instant', () => {
    const doc = given(casesProjection, caseEnvelopes(new EnvelopeLog(), [openCase, TUE_9],
      [{ type: 'RecordSlaBreach', caseId: 'case-1', clock: 'firstResponse', dueAt: '2026-03-03T10:00:00.000Z', observedAt: '2026-03-03T10:00:01.000Z' }, '2026-03-03T10:00:00.000Z'],
      [{ type: 'RespondToCase', ...ref }, '2026-03-03T16:30:00.000Z'],
      [{ type: 'ResolveCase', ...ref }, '2026-03-04T10:00:00.000Z'])).get('case-1')!;
    expect(doc).toMatchObject({
      status: 'resolved', firstRespondedAt: '2026-03-03T16:30:00.000Z', firstResponseMinutes: 450, resolutionMinutes: 540, resolvedAt: '2026-03-04T10:00:00.000Z',
      breached: true, breaches: [{ clock: 'firstResponse', at: '2026-03-03T10:00:00.000Z' }, { clock: 'resolution', at: '2026-03-03T17:00:00.000Z' }], nextDueAt: null,
    });
  });

  it('ends with the same document when the same events are replayed', () => {
    const events = caseEnvelopes(new EnvelopeLog(), [openCase, TUE_9], [{ type: 'AssignCase', caseId: 'case-1', assignee: 'agent-7' }, TUE_9],
      [{ type: 'WaitOnCustomer', ...ref }, '2026-03-03T10:00:00.000Z'], [{ type: 'ResumeCase', ...ref }, '2026-03-04T09:00:00.000Z']);
    expect(given(casesProjection, [...events, ...events]).get('case-1')).toEqual(given(casesProjection, events).get('case-1'));
  });
});

describe('pending SLA deadlines', () => {
  it('lists the warning and the breach of each running clock', () => {
    const docs = given(slaDeadlinesProjection, caseEnvelopes(new EnvelopeLog(), [openCase, TUE_9]));
    expect([...docs.values()].map(({ _id, dueAt }) => [_id, dueAt]).sort()).toEqual([
      ['case-1:firstResponse:breach', '2026-03-03T10:00:00.000Z'], ['case-1:firstResponse:warning', '2026-03-03T09:48:00.000Z'],
      ['case-1:resolution:breach', '2026-03-03T17:00:00.000Z'], ['case-1:resolution:warning', '2026-03-03T15:24:00.000Z'],
    ]);
  });

  it('clears deadlines once recorded, met, or paused, and sets them again when the clock runs', () => {
    const log = new EnvelopeLog();
    const events = caseEnvelopes(log, [openCase, TUE_9],
      [{ type: 'RecordSlaWarning', caseId: 'case-1', clock: 'firstResponse', dueAt: '2026-03-03T09:48:00.000Z', observedAt: '2026-03-03T09:49:00.000Z' }, '2026-03-03T09:48:00.000Z'],
      [{ type: 'RespondToCase', ...ref }, '2026-03-03T09:50:00.000Z'], [{ type: 'WaitOnCustomer', ...ref }, '2026-03-03T10:00:00.000Z'],
      [{ type: 'ResumeCase', ...ref }, '2026-03-04T09:00:00.000Z']);
    const paused = given(slaDeadlinesProjection, events.slice(0, -1));
    expect([...paused.values()].every((d) => d.dueAt === null)).toBe(true);
    const resumed = given(slaDeadlinesProjection, events);
    expect(resumed.get('case-1:resolution:breach')?.dueAt).toBe('2026-03-04T16:00:00.000Z');
    expect(resumed.get('case-1:nextResponse:breach')?.dueAt).toBe('2026-03-04T11:00:00.000Z');
  });
});
