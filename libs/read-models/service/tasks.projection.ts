import { TaskEvent } from '../../domain/service/task/task.events';
import { EventEnvelope } from '../../event-store/envelope';
import { withoutPersonal } from '../../privacy/personal-data-inventory';
import { idsNamedByErasure } from '../erasure';
import { Projection } from '../projection';

/** One document per task (`_id` = task id). */
export const tasksProjection: Projection = {
  name: 'tasks',
  version: 1,
  indexes: [{ fields: { assignee: 1, status: 1 } }, { fields: { customerId: 1 } }, { fields: { caseId: 1 } }, { fields: { status: 1, dueAt: 1 } }],
  canHandle: (type) => type.startsWith('crm.task.') || type === 'crm.customer.erased',
  documentIds: (event) => (event.type.startsWith('crm.task.') && typeof event.data.taskId === 'string' ? [event.data.taskId] : idsNamedByErasure(event, 'taskIds')),
  evolve(doc, envelope, id) {
    if (envelope.type === 'crm.customer.erased') return doc && withoutPersonal('tasks', doc);
    const event = envelope as EventEnvelope & TaskEvent;
    if (event.type === 'crm.task.created') {
      const d = event.data;
      return {
        _id: id, taskId: d.taskId, customerId: d.customerId ?? null, caseId: d.caseId ?? null, assignee: d.assignee ?? null,
        dueAt: d.dueAt ?? null, ruleId: d.ruleId ?? null, title: event.personal?.title ?? null, description: event.personal?.description ?? null,
        status: 'open', createdAt: event.occurredAt, completedAt: null,
      };
    }
    return doc ? { ...doc, status: 'done', completedAt: event.occurredAt } : null;
  },
};
