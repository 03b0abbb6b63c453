import { BusinessRuleError, InvalidValueError } from '../../shared/errors';
import { given } from '../../testing/decider-spec';
import { automationRuleDecider, DefineAutomationRule } from './automation-rule.decider';
import { AutomationRuleEvent } from './automation.events';

const define: DefineAutomationRule = {
  type: 'DefineAutomationRule', ruleId: 'rule-1', name: 'Escalate urgent breaches', on: 'crm.case.sla-breached',
  condition: { 'data.clock': 'firstResponse' }, action: { kind: 'escalate', priority: 'urgent' },
};
const defined: AutomationRuleEvent = { type: 'crm.automation.rule-defined', data: { ruleId: 'rule-1', name: 'Escalate urgent breaches', on: 'crm.case.sla-breached', condition: { 'data.clock': 'firstResponse' }, action: { kind: 'escalate', priority: 'urgent' } } };

describe('automation rules', () => {
  it('defines a rule: when a first response is breached, escalate to urgent', () => {
    given(automationRuleDecider).when(define).then([defined]);
  });

  it('defines a rule that creates a task due some hours after the trigger', () => {
    given(automationRuleDecider).when({ ...define, on: 'crm.feedback.recorded', condition: { 'data.score': { $lte: 6 } }, action: { kind: 'create-task', title: 'Call the detractor', dueIn: 'pt4h' } })
      .thenMatches([{ data: { action: { kind: 'create-task', title: 'Call the detractor', dueIn: 'PT4H' } } }]);
  });

  it('refuses conditions that run code or read personal fields', () => {
    given(automationRuleDecider).when({ ...define, condition: { $where: 'true' } }).thenThrows(InvalidValueError, { errors: [expect.objectContaining({ field: 'condition' })] });
    given(automationRuleDecider).when({ ...define, condition: { 'personal.subject': 'x' } }).thenThrows(InvalidValueError);
  });

  it('refuses rules triggered by automation events, which could feed on themselves', () => {
    given(automationRuleDecider).when({ ...define, on: 'crm.automation.action-executed' }).thenThrows(InvalidValueError, { errors: [expect.objectContaining({ field: 'on' })] });
  });

  it('refuses a webhook that is not http(s) and an unknown action', () => {
    given(automationRuleDecider).when({ ...define, action: { kind: 'notify-webhook', url: 'file:///etc/passwd' } }).thenThrows(InvalidValueError, { errors: [expect.objectContaining({ field: 'action.url' })] });
    given(automationRuleDecider).when({ ...define, action: { kind: 'send-fax' } }).thenThrows(InvalidValueError);
  });

  it('disables a rule once and refuses to define it again', () => {
    given(automationRuleDecider, [defined]).when({ type: 'DisableAutomationRule', ruleId: 'rule-1' }).then([{ type: 'crm.automation.rule-disabled', data: { ruleId: 'rule-1' } }]);
    given(automationRuleDecider, [defined, { type: 'crm.automation.rule-disabled', data: { ruleId: 'rule-1' } }]).when({ type: 'DisableAutomationRule', ruleId: 'rule-1' }).then([]);
    given(automationRuleDecider, [defined]).when(define).thenThrows(BusinessRuleError);
  });
});
