import { SlaClockName } from '../sla-policy/sla-policy.events';
import { SlaPolicySnapshot } from '../sla-policy/sla-policy.decider';

/**
 * Case commands. Those that move clocks carry the case's SLA policy as it is now (loaded by the
 * caller): when its version is newer than the one the case follows, the case adopts it first.
 */
interface WithPolicy {
  caseId: string;
  policy: SlaPolicySnapshot;
}

export interface OpenCase extends WithPolicy {
  type: 'OpenCase';
  customerId: string;
  channel: string;
  priority: string;
  /** The interaction the case came from (checked to exist by the caller). */
  interactionId: string;
  subject: string;
  description?: string;
  country?: string;
  partnerId?: string;
}

export interface AssignCase {
  type: 'AssignCase';
  caseId: string;
  assignee: string;
}

export interface RespondToCase extends WithPolicy { type: 'RespondToCase'; message?: string }
export interface WaitOnCustomer extends WithPolicy { type: 'WaitOnCustomer'; note?: string }
export interface ResumeCase extends WithPolicy { type: 'ResumeCase' }
export interface ResolveCase extends WithPolicy { type: 'ResolveCase'; resolution?: string }
export interface ReopenCase extends WithPolicy { type: 'ReopenCase'; reason?: string }
export interface CloseCase extends WithPolicy { type: 'CloseCase' }
export interface EscalateCase extends WithPolicy { type: 'EscalateCase'; priority?: string; reason?: string; ruleId?: string }
export interface ApplySlaPolicy extends WithPolicy { type: 'ApplySlaPolicy' }

/** From the SLA scheduler: `dueAt` is the deadline it found; `observedAt` when it looked. */
export interface RecordSlaDeadline {
  type: 'RecordSlaWarning' | 'RecordSlaBreach';
  caseId: string;
  clock: SlaClockName;
  dueAt: string;
  observedAt: string;
}

export type CaseCommand =
  | OpenCase | AssignCase | RespondToCase | WaitOnCustomer | ResumeCase | ResolveCase | ReopenCase | CloseCase
  | EscalateCase | ApplySlaPolicy | RecordSlaDeadline;
