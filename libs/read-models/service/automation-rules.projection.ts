import { AutomationRuleEvent } from '../../domain/service/automation/automation.events';
import { EventEnvelope } from '../../event-store/envelope';
import { Projection } from '../projection';

/**
 * One document per automation rule. The condition is kept as JSON text: its keys ("data.x", "$lte")
 * are not valid field names for every document store. Positions tell the automation runner which
 * events a rule applies to: those after its definition and before its disabling.
 */
export const automationRulesProjection: Projection = {
  name: 'automation-rules',
  version: 1,
  indexes: [{ fields: { on: 1 } }],
  documentIds: (event) => (event.type.startsWith('crm.automation.rule-') ? [String(event.data.ruleId)] : []),
  evolve(doc, envelope, id) {
    const event = envelope as EventEnvelope & AutomationRuleEvent;
    if (event.type === 'crm.automation.rule-defined') {
      const { condition, ...rule } = event.data;
      return { ...rule, _id: id, conditionJson: JSON.stringify(condition), enabled: true, definedPosition: event.position, disabledPosition: null, definedAt: event.occurredAt };
    }
    return doc ? { ...doc, enabled: false, disabledPosition: event.position } : null;
  },
};
