import { INTERACTION_CHANNELS, InteractionChannel } from '../../interaction/interaction.events';
import { compact } from '../../shared/compact';
import { DecisionContext, Decider } from '../../shared/decider';
import { BusinessRuleError, NotFoundError } from '../../shared/errors';
import { parseFreeText, parseOptionalFreeText } from '../../shared/free-text';
import { parseId } from '../../shared/identifier';
import { invalid, validateAll } from '../../shared/validation';
import { isPriority, SlaPolicySnapshot } from '../sla-policy/sla-policy.decider';
import { Priority, PRIORITIES, SLA_CLOCKS } from '../sla-policy/sla-policy.events';
import * as C from './case.commands';
import { clockRules } from './case.clocks';
import { CaseEvent } from './case.events';
import { CaseState, evolveCase, OpenedCaseState } from './case.state';
import { deadlineEvent } from './case.deadlines';

export const CASE_SUBJECT_MAX = 500;
export const CASE_TEXT_MAX = 20_000;
const text = (input: unknown, field: string) => parseOptionalFreeText(input, field, { maxLength: CASE_TEXT_MAX, multiline: true });

function parsePriority(input: unknown, field: string): Priority {
  if (!isPriority(input)) throw invalid(field, `must be one of ${PRIORITIES.join(', ')}`);
  return input;
}

function parseChannel(input: unknown, field: string): InteractionChannel {
  if (!(INTERACTION_CHANNELS as readonly unknown[]).includes(input)) throw invalid(field, `must be one of ${INTERACTION_CHANNELS.join(', ')}`);
  return input as InteractionChannel;
}

function open(command: C.OpenCase, state: CaseState, now: string): CaseEvent[] {
  if (state.status !== 'none') throw new BusinessRuleError(`case ${state.caseId} is already open`);
  const { subject, description, ...data } = validateAll({
    caseId: () => parseId(command.caseId, 'caseId'),
    customerId: () => parseId(command.customerId, 'customerId'),
    channel: () => parseChannel(command.channel, 'channel'),
    priority: () => parsePriority(command.priority, 'priority'),
    interactionId: () => parseId(command.interactionId, 'interactionId'),
    subject: () => parseFreeText(command.subject, 'subject', { maxLength: CASE_SUBJECT_MAX }),
    description: () => text(command.description, 'description'),
  });
  const sla = clockRules.open(command.policy, data.priority, now);
  const { slaPolicyId, version: policyVersion } = command.policy;
  return [{
    type: 'crm.case.opened',
    data: compact({ ...data, slaPolicyId, policyVersion, country: command.country, partnerId: command.partnerId, sla }),
    personal: compact({ subject, description }),
  }];
}

/** Adopts a newer version of the policy before acting, so every clock step uses the calendar in force. */
function adoptPolicy(c: OpenedCaseState, policy: SlaPolicySnapshot): CaseEvent[] {
  if (policy.slaPolicyId === c.slaPolicyId && policy.version === c.policyVersion) return [];
  const sla = clockRules.retarget(c.sla, policy, c.priority);
  return [{ type: 'crm.case.sla-policy-applied', data: { caseId: c.caseId, customerId: c.customerId, slaPolicyId: policy.slaPolicyId, policyVersion: policy.version, sla } }];
}

function refuseUnless(c: OpenedCaseState, allowed: OpenedCaseState['status'][], action: string): void {
  if (!allowed.includes(c.status)) throw new BusinessRuleError(`case ${c.caseId} is ${c.status}: cannot ${action}`);
}

function act(command: Exclude<C.CaseCommand, C.OpenCase | C.AssignCase | C.RecordSlaDeadline>, c: OpenedCaseState, now: string): CaseEvent[] {
  const { policy } = command;
  const ref = { caseId: c.caseId, customerId: c.customerId };
  const personal = (fields: Record<string, string | undefined>) => compact(fields) as Record<string, string>;
  switch (command.type) {
    case 'ApplySlaPolicy':
      return [];
    case 'RespondToCase':
      refuseUnless(c, ['open', 'waiting'], 'respond (reopen it first)');
      return [{ type: 'crm.case.responded', data: { ...ref, sla: clockRules.respond(c.sla, now, policy) }, personal: personal({ message: text(command.message, 'message') }) }];
    case 'WaitOnCustomer':
      if (c.status === 'waiting') return [];
      refuseUnless(c, ['open'], 'wait on the customer');
      return [{ type: 'crm.case.waiting-on-customer', data: { ...ref, sla: clockRules.pause(c.sla, now, policy) }, personal: personal({ note: text(command.note, 'note') }) }];
    case 'ResumeCase':
      if (c.status === 'open') return [];
      refuseUnless(c, ['waiting'], 'resume');
      return [{ type: 'crm.case.resumed', data: { ...ref, sla: clockRules.resume(c.sla, now, policy, c.priority) } }];
    case 'ResolveCase':
      if (c.status === 'resolved') return [];
      refuseUnless(c, ['open', 'waiting'], 'resolve');
      return [{ type: 'crm.case.resolved', data: { ...ref, sla: clockRules.resolve(c.sla, now, policy) }, personal: personal({ resolution: text(command.resolution, 'resolution') }) }];
    case 'ReopenCase':
      refuseUnless(c, ['resolved'], 'reopen (only a resolved case can be reopened)');
      return [{ type: 'crm.case.reopened', data: { ...ref, sla: clockRules.reopen(c.sla, now, policy, c.priority) }, personal: personal({ reason: text(command.reason, 'reason') }) }];
    case 'CloseCase':
      if (c.status === 'closed') return [];
      return [{ type: 'crm.case.closed', data: { ...ref, sla: clockRules.close(c.sla, now, policy) } }];
    case 'EscalateCase': {
      refuseUnless(c, ['open', 'waiting'], 'escalate');
      const priority = command.priority == null ? c.priority : parsePriority(command.priority, 'priority');
      const data = compact({ ...ref, level: c.escalationLevel + 1, priority, previousPriority: c.priority, ruleId: command.ruleId, sla: clockRules.retarget(c.sla, policy, priority) });
      return [{ type: 'crm.case.escalated', data, personal: personal({ reason: text(command.reason, 'reason') }) }];
    }
  }
}

function decide(command: C.CaseCommand, state: CaseState, context: DecisionContext): CaseEvent[] {
  if (command.type === 'OpenCase') return open(command, state, context.now);
  if (state.status === 'none') throw new NotFoundError('case', String(command.caseId));
  if (command.type === 'AssignCase') {
    const assignee = parseFreeText(command.assignee, 'assignee', { maxLength: 200 });
    if (state.status === 'closed') throw new BusinessRuleError(`case ${state.caseId} is closed`);
    return assignee === state.assignee ? [] : [{ type: 'crm.case.assigned', data: { caseId: state.caseId, customerId: state.customerId, assignee } }];
  }
  if (isDeadline(command)) return deadlineEvent(command, state);
  if (state.status === 'closed' && command.type !== 'CloseCase') {
    if (command.type === 'ApplySlaPolicy') return [];
    throw new BusinessRuleError(`case ${state.caseId} is closed: open a new case`);
  }
  const adopted = adoptPolicy(state, command.policy);
  const current = adopted.reduce((s, e) => evolveCase(s, e), state as CaseState) as OpenedCaseState;
  const acted = act(command, current, context.now);
  return [...adopted, ...acted, ...withdrawnBreaches(current, acted, context.now)];
}

/** A recorded breach that the clocks after this action no longer carry was withdrawn by a back-dated fact: say so in the log. */
function withdrawnBreaches(before: OpenedCaseState, acted: CaseEvent[], now: string): CaseEvent[] {
  const after = acted.reduce((s, e) => evolveCase(s, e), before as CaseState) as OpenedCaseState;
  if (acted.length === 0 || after.sla === before.sla) return [];
  return SLA_CLOCKS.flatMap((clock) => {
    const dueAt = before.sla[clock]?.breachedAt;
    const then = after.sla[clock];
    if (!dueAt || !then || then.breachedAt) return [];
    return [{ type: 'crm.case.sla-breach-withdrawn' as const, data: { caseId: before.caseId, customerId: before.customerId, clock, dueAt, metAt: then.completedAt ?? now, sla: after.sla } }];
  });
}

const isDeadline = (command: C.CaseCommand): command is C.RecordSlaDeadline =>
  command.type === 'RecordSlaWarning' || command.type === 'RecordSlaBreach';

/** One case per stream (`case-<id>`): status, assignee, escalation and its SLA clocks. */
export const caseDecider: Decider<C.CaseCommand, CaseState, CaseEvent> = {
  initialState: { status: 'none' },
  decide,
  evolve: evolveCase,
};
