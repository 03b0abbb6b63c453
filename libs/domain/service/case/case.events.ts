import { InteractionChannel } from '../../interaction/interaction.events';
import { Priority, SlaClockName } from '../sla-policy/sla-policy.events';
import { SlaClock } from './sla-clock';

/**
 * Case events (stream `case-<caseId>`, subject = the customer). Every event names the case and
 * the customer; every event that moves a clock carries the clocks after it (`sla`), so consumers
 * never need the calendar to know due times. Free text (subject, notes, messages) is personal.
 */
export type SlaClocks = Partial<Record<SlaClockName, SlaClock>>;
export type CaseStatus = 'open' | 'waiting' | 'resolved' | 'closed';

type CaseRef = {
  caseId: string;
  customerId: string;
};

type CaseEvent_<T extends string, D, P = Record<string, never>> = {
  type: T;
  schemaVersion?: number;
  data: CaseRef & D;
  personal?: P;
};

export type CaseOpened = CaseEvent_<'crm.case.opened', {
  channel: InteractionChannel;
  priority: Priority;
  interactionId: string;
  slaPolicyId: string;
  policyVersion: number;
  /** The customer's country and partner when the case was opened, for KPIs by country and partner. */
  country?: string;
  partnerId?: string;
  sla: SlaClocks;
}, { subject: string; description?: string }>;

export type CaseAssigned = CaseEvent_<'crm.case.assigned', { assignee: string }>;
export type CaseResponded = CaseEvent_<'crm.case.responded', { sla: SlaClocks }, { message?: string }>;
export type CaseWaitingOnCustomer = CaseEvent_<'crm.case.waiting-on-customer', { sla: SlaClocks }, { note?: string }>;
export type CaseResumed = CaseEvent_<'crm.case.resumed', { sla: SlaClocks }>;
export type CaseResolved = CaseEvent_<'crm.case.resolved', { sla: SlaClocks }, { resolution?: string }>;
export type CaseReopened = CaseEvent_<'crm.case.reopened', { sla: SlaClocks }, { reason?: string }>;
export type CaseClosed = CaseEvent_<'crm.case.closed', { sla: SlaClocks }>;
export type CaseEscalated = CaseEvent_<'crm.case.escalated', {
  level: number;
  priority: Priority;
  previousPriority: Priority;
  /** The automation rule that escalated, if one did. */
  ruleId?: string;
  sla: SlaClocks;
}, { reason?: string }>;
export type CaseSlaWarning = CaseEvent_<'crm.case.sla-warning', { clock: SlaClockName; warnAt: string; dueAt: string; sla: SlaClocks }>;
/** Recorded with occurredAt = dueAt: the breach happened then, whenever the scheduler noticed. */
export type CaseSlaBreached = CaseEvent_<'crm.case.sla-breached', { clock: SlaClockName; dueAt: string; sla: SlaClocks }>;
/**
 * A breach recorded earlier did not happen: a fact entered after the event (a back-dated response,
 * resolution or pause) shows the clock stopped at `metAt`, at or before the breach's due time.
 * `occurredAt` = that fact's business time.
 */
export type CaseSlaBreachWithdrawn = CaseEvent_<'crm.case.sla-breach-withdrawn', { clock: SlaClockName; dueAt: string; metAt: string; sla: SlaClocks }>;
/** The case's clocks now follow another version of its policy (a corrected calendar or targets). */
export type CaseSlaPolicyApplied = CaseEvent_<'crm.case.sla-policy-applied', { slaPolicyId: string; policyVersion: number; sla: SlaClocks }>;

export type CaseEvent =
  | CaseOpened | CaseAssigned | CaseResponded | CaseWaitingOnCustomer | CaseResumed | CaseResolved | CaseReopened
  | CaseClosed | CaseEscalated | CaseSlaWarning | CaseSlaBreached | CaseSlaBreachWithdrawn | CaseSlaPolicyApplied;

export const caseStream = (caseId: string): string => `case-${caseId}`;
