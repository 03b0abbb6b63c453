import { Priority } from '../sla-policy/sla-policy.events';

/**
 * Automation events. Rules live in `automation-rule-<ruleId>`; each execution of a rule for one
 * triggering event is recorded once in `automation-run-<runId>` (runId derived from rule and event),
 * which is what makes a replay or a second instance skip work already done. Before acting, a runner
 * claims the run (`action-claimed`, appended at an expected revision, so only one runner wins);
 * a claim whose lease has run out without an outcome (its runner died) may be claimed again.
 */
export type AutomationAction =
  | { kind: 'create-task'; title: string; assignee?: string; /** ISO 8601 duration after the trigger's occurredAt. */ dueIn?: string }
  | { kind: 'escalate'; priority?: Priority }
  | { kind: 'notify-webhook'; url: string };

export type AutomationRuleDefinition = {
  ruleId: string;
  name: string;
  /** The event type that triggers the rule, e.g. `crm.case.sla-breached`. */
  on: string;
  /** A MongoDB-style filter over `{ type, data, occurredAt }` of the event; `{}` matches every event of the type. */
  condition: Record<string, unknown>;
  action: AutomationAction;
};

export interface AutomationRuleDefined {
  type: 'crm.automation.rule-defined';
  schemaVersion?: number;
  data: AutomationRuleDefinition;
  personal?: Record<string, never>;
}

export interface AutomationRuleDisabled {
  type: 'crm.automation.rule-disabled';
  schemaVersion?: number;
  data: { ruleId: string };
  personal?: Record<string, never>;
}

export interface AutomationActionExecuted {
  type: 'crm.automation.action-executed';
  schemaVersion?: number;
  data: {
    runId: string;
    ruleId: string;
    triggerEventId: string;
    triggerPosition: number;
    action: AutomationAction['kind'];
    outcome: 'done' | 'failed';
    customerId?: string;
    caseId?: string;
    taskId?: string;
    attempts?: number;
    error?: string;
  };
  personal?: Record<string, never>;
}

export interface AutomationActionClaimed {
  type: 'crm.automation.action-claimed';
  schemaVersion?: number;
  data: {
    runId: string;
    ruleId: string;
    triggerEventId: string;
    /** The runner instance (process) holding the claim. */
    claimedBy: string;
    /** Until when (system time) other runners wait for this one's outcome instead of acting. */
    leaseUntil: string;
  };
  personal?: Record<string, never>;
}

export type AutomationRuleEvent = AutomationRuleDefined | AutomationRuleDisabled;
export const automationRuleStream = (ruleId: string): string => `automation-rule-${ruleId}`;
export const automationRunStream = (runId: string): string => `automation-run-${runId}`;
