import { EnvelopeLog } from '../testing/event-fixtures';
import { given } from '../testing/projection-spec';
import { automationRulesProjection } from './automation-rules.projection';
import { slaPoliciesProjection } from './sla-policies.projection';
import { tasksProjection } from './tasks.projection';

describe('tasks projection', () => {
  it('shows a task open, then done with its completion time, the same after a replay', () => {
    const log = new EnvelopeLog();
    const events = [
      log.event('task-t1', 'crm.task.created', { taskId: 't1', customerId: 'cus-1', assignee: 'agent-3', dueAt: '2026-03-10T14:00:00.000Z' }, { title: 'Call back' }, '2026-03-10T10:00:00.000Z'),
      log.event('task-t1', 'crm.task.completed', { taskId: 't1', customerId: 'cus-1' }, undefined, '2026-03-10T12:00:00.000Z'),
    ];
    const doc = given(tasksProjection, events).get('t1');
    expect(doc).toMatchObject({ title: 'Call back', assignee: 'agent-3', status: 'done', createdAt: '2026-03-10T10:00:00.000Z', completedAt: '2026-03-10T12:00:00.000Z' });
    expect(given(tasksProjection, [...events, ...events]).get('t1')).toEqual(doc);
  });
});

describe('automation rules projection', () => {
  it('keeps the condition as JSON text and the positions the rule was in force between', () => {
    const log = new EnvelopeLog();
    const doc = given(automationRulesProjection, [
      log.event('automation-rule-r1', 'crm.automation.rule-defined', { ruleId: 'r1', name: 'n', on: 'crm.case.opened', condition: { 'data.priority': { $in: ['urgent'] } }, action: { kind: 'escalate' } }, undefined, '2026-03-01T00:00:00.000Z'),
      log.event('automation-rule-r1', 'crm.automation.rule-disabled', { ruleId: 'r1' }, undefined, '2026-03-02T00:00:00.000Z'),
    ]).get('r1');
    expect(doc).toMatchObject({ conditionJson: '{"data.priority":{"$in":["urgent"]}}', enabled: false, definedPosition: 1, disabledPosition: 2 });
  });
});

describe('SLA policies projection', () => {
  it('keeps the latest definition and when it was first defined', () => {
    const log = new EnvelopeLog();
    const base = { slaPolicyId: 'p1', name: 'n', timeZone: 'UTC', workingHours: { mon: [['09:00', '17:00']] }, holidays: [], targets: { high: { firstResponse: 'PT1H' } } };
    const doc = given(slaPoliciesProjection, [
      log.event('sla-policy-p1', 'crm.sla-policy.defined', { ...base, version: 1 }, undefined, '2026-03-01T00:00:00.000Z'),
      log.event('sla-policy-p1', 'crm.sla-policy.changed', { ...base, version: 2, holidays: ['2026-03-02'] }, undefined, '2026-03-05T00:00:00.000Z'),
    ]).get('p1');
    expect(doc).toMatchObject({ version: 2, holidays: ['2026-03-02'], definedAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-03-05T00:00:00.000Z' });
  });
});
