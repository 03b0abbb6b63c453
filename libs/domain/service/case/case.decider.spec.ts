import { BusinessRuleError, InvalidValueError, NotFoundError } from '../../shared/errors';
import { given, testContext } from '../../testing/decider-spec';
import { caseDecider } from './case.decider';
import { CaseEvent } from './case.events';
import { history, openCase, policy, ref } from './case.fixtures';

const TUE_9 = '2026-03-03T09:00:00.000Z';
const opened = () => history([openCase, TUE_9]);
const at = (iso: string) => testContext(iso);
const clocks = (events: CaseEvent[]) => (events.at(-1)!.data as unknown as { sla: Record<string, Record<string, unknown>> }).sla;

describe('cases', () => {
  it('opens a case with first-response and resolution clocks due in business hours, subject kept personal', () => {
    given(caseDecider).when(openCase, at(TUE_9)).then([{
      type: 'crm.case.opened',
      data: {
        caseId: 'case-1', customerId: 'cus-1', channel: 'email', priority: 'high', interactionId: 'int-1', slaPolicyId: 'pol-1', policyVersion: 1, country: 'IR', partnerId: 'p-1',
        sla: {
          firstResponse: { state: 'running', targetMs: 3_600_000, usedMs: 0, runningSince: TUE_9, dueAt: '2026-03-03T10:00:00.000Z', warnAt: '2026-03-03T09:48:00.000Z', completedAt: null, elapsedMs: null, breachedAt: null, warnedAt: null },
          resolution: { state: 'running', targetMs: 28_800_000, usedMs: 0, runningSince: TUE_9, dueAt: '2026-03-03T17:00:00.000Z', warnAt: '2026-03-03T15:24:00.000Z', completedAt: null, elapsedMs: null, breachedAt: null, warnedAt: null },
        },
      },
      personal: { subject: 'Refund not received', description: 'Ordered on 1 March.' },
    }]);
  });

  it('sets the first response due on Monday morning for a case opened late on Friday', () => {
    const events = history([openCase, '2026-03-06T16:30:00.000Z']);
    expect(clocks(events).firstResponse.dueAt).toBe('2026-03-09T09:30:00.000Z');
    expect(clocks(events).resolution.dueAt).toBe('2026-03-09T16:30:00.000Z');
  });

  it('meets the first-response clock when an agent answers in time', () => {
    given(caseDecider, opened()).when({ type: 'RespondToCase', ...ref, message: 'We are on it.' }, at('2026-03-03T09:30:00.000Z'))
      .thenMatches([{ type: 'crm.case.responded', data: { sla: { firstResponse: { state: 'met', elapsedMs: 1_800_000, breachedAt: null }, resolution: { state: 'running' } } }, personal: { message: 'We are on it.' } }]);
  });

  it('marks the first response breached at its due time when the answer comes late', () => {
    given(caseDecider, opened()).when({ type: 'RespondToCase', ...ref }, at('2026-03-03T11:00:00.000Z'))
      .thenMatches([{ data: { sla: { firstResponse: { state: 'met', breachedAt: '2026-03-03T10:00:00.000Z', elapsedMs: 7_200_000 } } } }]);
  });

  it('pauses the resolution clock while waiting on the customer and owes a reply when the customer answers', () => {
    const events = history([openCase, TUE_9], [{ type: 'RespondToCase', ...ref }, '2026-03-03T09:30:00.000Z'],
      [{ type: 'WaitOnCustomer', ...ref, note: 'Asked for the order number' }, '2026-03-03T10:00:00.000Z'],
      [{ type: 'ResumeCase', ...ref }, '2026-03-04T10:00:00.000Z']);
    expect(events.map((e) => e.type)).toEqual(['crm.case.opened', 'crm.case.responded', 'crm.case.waiting-on-customer', 'crm.case.resumed']);
    expect(clocks(events).resolution).toMatchObject({ state: 'running', usedMs: 3_600_000, dueAt: '2026-03-04T17:00:00.000Z' });
    expect(clocks(events).nextResponse).toMatchObject({ state: 'running', dueAt: '2026-03-04T12:00:00.000Z' });
  });

  it('continues resolution time from where it stopped when a resolved case is reopened', () => {
    const events = history([openCase, TUE_9], [{ type: 'ResolveCase', ...ref, resolution: 'Refunded' }, '2026-03-03T11:00:00.000Z'],
      [{ type: 'ReopenCase', ...ref, reason: 'Refund bounced' }, '2026-03-04T09:00:00.000Z']);
    expect(clocks(events).resolution).toMatchObject({ state: 'running', usedMs: 7_200_000, dueAt: '2026-03-04T15:00:00.000Z' });
    expect(clocks(events).nextResponse).toMatchObject({ state: 'running', dueAt: '2026-03-04T11:00:00.000Z' });
  });

  it('refuses to answer a resolved case and to reopen a closed one', () => {
    const resolved = history([openCase, TUE_9], [{ type: 'ResolveCase', ...ref }, '2026-03-03T11:00:00.000Z']);
    given(caseDecider, resolved).when({ type: 'RespondToCase', ...ref }).thenThrows(BusinessRuleError);
    const closed = [...resolved, ...history([openCase, TUE_9], [{ type: 'CloseCase', ...ref }, '2026-03-03T12:00:00.000Z']).slice(1)];
    given(caseDecider, closed).when({ type: 'ReopenCase', ...ref }).thenThrows(BusinessRuleError, { message: expect.stringMatching(/closed/) });
  });

  it('escalates to urgent with the tighter targets, keeping the time already used', () => {
    given(caseDecider, opened()).when({ type: 'EscalateCase', ...ref, priority: 'urgent', reason: 'VIP' }, at('2026-03-03T09:10:00.000Z'))
      .thenMatches([{ type: 'crm.case.escalated', data: { level: 1, priority: 'urgent', previousPriority: 'high', sla: { firstResponse: { targetMs: 900_000, dueAt: '2026-03-03T09:15:00.000Z' }, resolution: { dueAt: '2026-03-03T13:00:00.000Z' } } }, personal: { reason: 'VIP' } }]);
  });

  it('records a breach once, at the due time, only after it has passed', () => {
    const due = '2026-03-03T10:00:00.000Z';
    const breach = { type: 'RecordSlaBreach', caseId: 'case-1', clock: 'firstResponse', dueAt: due } as const;
    given(caseDecider, opened()).when({ ...breach, observedAt: '2026-03-03T09:59:00.000Z' }).then([]);
    const recorded = history([openCase, TUE_9], [{ ...breach, observedAt: '2026-03-03T10:00:05.000Z' }, due]);
    expect(recorded[1]).toMatchObject({ type: 'crm.case.sla-breached', data: { clock: 'firstResponse', dueAt: due, sla: { firstResponse: { breachedAt: due, state: 'running' } } } });
    given(caseDecider, recorded).when({ ...breach, observedAt: '2026-03-03T10:00:09.000Z' }).then([]);
  });

  it('records nothing for a deadline that has moved or a clock already met', () => {
    given(caseDecider, opened()).when({ type: 'RecordSlaBreach', caseId: 'case-1', clock: 'firstResponse', dueAt: '2026-03-03T09:00:00.000Z', observedAt: '2026-03-03T12:00:00.000Z' }).then([]);
    const answered = history([openCase, TUE_9], [{ type: 'RespondToCase', ...ref }, '2026-03-03T09:05:00.000Z']);
    given(caseDecider, answered).when({ type: 'RecordSlaWarning', caseId: 'case-1', clock: 'firstResponse', dueAt: '2026-03-03T09:48:00.000Z', observedAt: '2026-03-03T12:00:00.000Z' }).then([]);
  });

  it('adopts a corrected calendar before acting: a new holiday moves the resolution due time', () => {
    const corrected = { ...policy, version: 2, holidays: ['2026-03-04'] };
    const events = history([openCase, '2026-03-03T16:00:00.000Z'], [{ type: 'AssignCase', caseId: 'case-1', assignee: 'agent-7' }, '2026-03-03T16:01:00.000Z']);
    given(caseDecider, events).when({ type: 'EscalateCase', caseId: 'case-1', policy: corrected }, at('2026-03-03T16:05:00.000Z'))
      .thenMatches([
        { type: 'crm.case.sla-policy-applied', data: { policyVersion: 2, sla: { resolution: { dueAt: '2026-03-05T16:00:00.000Z' } } } },
        { type: 'crm.case.escalated', data: { level: 1, priority: 'high' } },
      ]);
    given(caseDecider, events).when({ type: 'ApplySlaPolicy', caseId: 'case-1', policy: corrected }).thenMatches([{ type: 'crm.case.sla-policy-applied' }]);
    given(caseDecider, events).when({ type: 'ApplySlaPolicy', caseId: 'case-1', policy }).then([]);
  });

  it('refuses commands on a case that was never opened, and an unknown priority', () => {
    given(caseDecider).when({ type: 'ResolveCase', ...ref }).thenThrows(NotFoundError);
    given(caseDecider).when({ ...openCase, priority: 'critical' }).thenThrows(InvalidValueError, { errors: [expect.objectContaining({ field: 'priority' })] });
  });

  it('records nothing when assigning the same agent twice', () => {
    const assigned = history([openCase, TUE_9], [{ type: 'AssignCase', caseId: 'case-1', assignee: 'agent-7' }, TUE_9]);
    given(caseDecider, assigned).when({ type: 'AssignCase', caseId: 'case-1', assignee: 'agent-7' }).then([]);
  });
});
