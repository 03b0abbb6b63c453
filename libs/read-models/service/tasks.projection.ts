import { TaskEvent } from '../../domain/service/task/task.events';
import { EventEnvelope } from '../../event-store/envelope';
import { withoutPersonal } from '../../privacy/personal-data-inventory';
import { idsNamedByErasure } from '../erasure';
import { Projection } from '../projection';
import { CUSTOMER_PARTNER_CHANGE, customerOfPartnerChange, withCustomerPartner } from '../partner/customer-partner-change';

/** One document per task (`_id` = task id). */
export const tasksProjection: Projection = {
  name: 'tasks',
  // v2: tasks carry their partner, following their customer's (partner keys are confined by it).
  version: 2,
  indexes: [{ fields: { assignee: 1, status: 1 } }, { fields: { customerId: 1 } }, { fields: { caseId: 1 } }, { fields: { status: 1, dueAt: 1 } }, { fields: { partnerId: 1 } }],
  canHandle: (type) => type.startsWith('crm.task.') || type === 'crm.customer.erased' || type === CUSTOMER_PARTNER_CHANGE,
  relatedDocuments: customerOfPartnerChange,
  documentIds: (event) => (event.type.startsWith('crm.task.') && typeof event.data.taskId === 'string' ? [event.data.taskId] : idsNamedByErasure(event, 'taskIds')),
  evolve(doc, envelope, id) {
    if (envelope.type === 'crm.customer.erased') return doc && withoutPersonal('tasks', doc);
    if (envelope.type === CUSTOMER_PARTNER_CHANGE) return doc && withCustomerPartner(doc, envelope);
    const event = envelope as EventEnvelope & TaskEvent;
    if (event.type === 'crm.task.created') {
      const d = event.data;
      return {
        _id: id, taskId: d.taskId, customerId: d.customerId ?? null, caseId: d.caseId ?? null, assignee: d.assignee ?? null,
        dueAt: d.dueAt ?? null, ruleId: d.ruleId ?? null, partnerId: d.partnerId ?? null, title: event.personal?.title ?? null, description: event.personal?.description ?? null,
        status: 'open', createdAt: event.occurredAt, completedAt: null,
      };
    }
    return doc ? { ...doc, status: 'done', completedAt: event.occurredAt } : null;
  },
};
