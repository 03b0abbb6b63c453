export * from './automation.events';
export { automationRuleDecider, type AutomationRuleCommand, type DefineAutomationRule, type DisableAutomationRule } from './automation-rule.decider';
