import { Decider } from '../../shared/decider';
import { BusinessRuleError, NotFoundError } from '../../shared/errors';
import { parseFreeText, parseOptionalFreeText } from '../../shared/free-text';
import { parseId } from '../../shared/identifier';
import { invalid, validateAll } from '../../shared/validation';
import { parseBusinessDuration } from '../business-time/business-duration';
import { isPriority } from '../sla-policy/sla-policy.decider';
import { Priority } from '../sla-policy/sla-policy.events';
import { AutomationAction, AutomationRuleEvent } from './automation.events';

export interface DefineAutomationRule {
  type: 'DefineAutomationRule';
  ruleId: string;
  name: string;
  on: string;
  condition?: unknown;
  action: unknown;
}

export interface DisableAutomationRule {
  type: 'DisableAutomationRule';
  ruleId: string;
}

export type AutomationRuleCommand = DefineAutomationRule | DisableAutomationRule;
export type AutomationRuleState = { status: 'none' | 'enabled' | 'disabled'; ruleId?: string };

const EVENT_TYPE = /^crm\.[a-z0-9-]+\.[a-z0-9-]+$/;
// Conditions are data, never code: operators that run scripts or compare across fields are refused.
const FORBIDDEN = new Set(['$where', '$function', '$accumulator', '$expr']);

function parseCondition(input: unknown, field: string): Record<string, unknown> {
  if (input == null) return {};
  if (typeof input !== 'object' || Array.isArray(input)) throw invalid(field, 'must be a filter object such as { "data.priority": "high" }');
  if (JSON.stringify(input).length > 4000) throw invalid(field, 'must be at most 4000 characters of JSON');
  const walk = (value: unknown): void => {
    if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (FORBIDDEN.has(key)) throw invalid(field, `${key} is not allowed in a condition`);
        if (key.startsWith('personal')) throw invalid(field, 'conditions see data, never personal fields');
        walk(inner);
      }
    }
  };
  walk(input);
  return input as Record<string, unknown>;
}

function parseAction(input: unknown, field: string): AutomationAction {
  const raw = (input ?? {}) as Record<string, unknown>;
  switch (raw.kind) {
    case 'create-task': {
      const task = validateAll({
        title: () => parseFreeText(raw.title, `${field}.title`, { maxLength: 500 }),
        assignee: () => parseOptionalFreeText(raw.assignee, `${field}.assignee`, { maxLength: 200 }),
        dueIn: () => (raw.dueIn == null ? undefined : (parseBusinessDuration(raw.dueIn, `${field}.dueIn`), String(raw.dueIn).toUpperCase())),
      });
      return { kind: 'create-task', title: task.title, ...(task.assignee ? { assignee: task.assignee } : {}), ...(task.dueIn ? { dueIn: task.dueIn } : {}) };
    }
    case 'escalate':
      if (raw.priority != null && !isPriority(raw.priority)) throw invalid(`${field}.priority`, 'must be urgent, high, normal or low');
      return raw.priority ? { kind: 'escalate', priority: raw.priority as Priority } : { kind: 'escalate' };
    case 'notify-webhook': {
      let url: URL | undefined;
      try {
        url = new URL(String(raw.url));
      } catch {
        url = undefined;
      }
      if (!url || !['http:', 'https:'].includes(url.protocol)) throw invalid(`${field}.url`, 'must be an http(s) URL');
      return { kind: 'notify-webhook', url: url.toString() };
    }
    default:
      throw invalid(`${field}.kind`, 'must be create-task, escalate or notify-webhook');
  }
}

function decide(command: AutomationRuleCommand, state: AutomationRuleState): AutomationRuleEvent[] {
  if (command.type === 'DisableAutomationRule') {
    if (state.status === 'none') throw new NotFoundError('automation rule', String(command.ruleId));
    return state.status === 'disabled' ? [] : [{ type: 'crm.automation.rule-disabled', data: { ruleId: command.ruleId } }];
  }
  if (state.status !== 'none') throw new BusinessRuleError(`automation rule ${command.ruleId} already exists`);
  const rule = validateAll({
    ruleId: () => parseId(command.ruleId, 'ruleId'),
    name: () => parseFreeText(command.name, 'name', { maxLength: 200 }),
    on: () => {
      if (typeof command.on !== 'string' || !EVENT_TYPE.test(command.on)) throw invalid('on', 'must be an event type such as crm.case.sla-breached');
      if (command.on.startsWith('crm.automation.')) throw invalid('on', 'automation events cannot trigger automation');
      return command.on;
    },
    condition: () => parseCondition(command.condition, 'condition'),
    action: () => parseAction(command.action, 'action'),
  });
  return [{ type: 'crm.automation.rule-defined', data: rule }];
}

/** When an event of type `on` matches `condition`, do `action`. Rules are defined once and may be disabled. */
export const automationRuleDecider: Decider<AutomationRuleCommand, AutomationRuleState, AutomationRuleEvent> = {
  initialState: { status: 'none' },
  decide,
  evolve: (_state, event) => ({ status: event.type === 'crm.automation.rule-defined' ? 'enabled' : 'disabled', ruleId: event.data.ruleId }),
};
