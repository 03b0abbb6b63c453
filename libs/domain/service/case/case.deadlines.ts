import { RecordSlaDeadline } from './case.commands';
import { CaseEvent } from './case.events';
import { OpenedCaseState } from './case.state';
import { markBreached, markWarned } from './sla-clock';

/**
 * What the scheduler may record: only the deadline it saw, only if it is still the clock's
 * deadline, only once, and only once it has passed. Anything else is stale and records nothing,
 * so a restarted or second scheduler can repeat itself freely.
 */
export function deadlineEvent(command: RecordSlaDeadline, c: OpenedCaseState): CaseEvent[] {
  const clock = c.sla[command.clock];
  if (!clock || clock.state !== 'running' || command.observedAt < command.dueAt) return [];
  const ref = { caseId: c.caseId, customerId: c.customerId, clock: command.clock };
  if (command.type === 'RecordSlaWarning') {
    if (clock.warnAt !== command.dueAt || clock.warnedAt || !clock.dueAt) return [];
    const sla = { ...c.sla, [command.clock]: markWarned(clock, command.dueAt) };
    return [{ type: 'crm.case.sla-warning', data: { ...ref, warnAt: command.dueAt, dueAt: clock.dueAt, sla } }];
  }
  if (clock.dueAt !== command.dueAt || clock.breachedAt) return [];
  const sla = { ...c.sla, [command.clock]: markBreached(clock, command.dueAt) };
  return [{ type: 'crm.case.sla-breached', data: { ...ref, dueAt: command.dueAt, sla } }];
}
