import { Priority } from '../sla-policy/sla-policy.events';
import { CaseEvent, CaseStatus, SlaClocks } from './case.events';

export interface OpenedCaseState {
  status: CaseStatus;
  caseId: string;
  customerId: string;
  priority: Priority;
  slaPolicyId: string;
  policyVersion: number;
  assignee?: string;
  escalationLevel: number;
  sla: SlaClocks;
}

export type CaseState = { status: 'none' } | OpenedCaseState;

const STATUS_AFTER: Partial<Record<CaseEvent['type'], CaseStatus>> = {
  'crm.case.opened': 'open',
  'crm.case.waiting-on-customer': 'waiting',
  'crm.case.resumed': 'open',
  'crm.case.resolved': 'resolved',
  'crm.case.reopened': 'open',
  'crm.case.closed': 'closed',
};

export function evolveCase(state: CaseState, event: CaseEvent): CaseState {
  if (event.type === 'crm.case.opened') {
    const { caseId, customerId, priority, slaPolicyId, policyVersion, sla } = event.data;
    return { status: 'open', caseId, customerId, priority, slaPolicyId, policyVersion, escalationLevel: 0, sla };
  }
  if (state.status === 'none') return state;
  const next: OpenedCaseState = { ...state, status: STATUS_AFTER[event.type] ?? state.status };
  if ('sla' in event.data) next.sla = event.data.sla;
  switch (event.type) {
    case 'crm.case.assigned':
      return { ...next, assignee: event.data.assignee };
    case 'crm.case.escalated':
      return { ...next, escalationLevel: event.data.level, priority: event.data.priority };
    case 'crm.case.sla-policy-applied':
      return { ...next, slaPolicyId: event.data.slaPolicyId, policyVersion: event.data.policyVersion };
    default:
      return next;
  }
}
