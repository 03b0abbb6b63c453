import { InvalidValueError, NotFoundError } from '../../shared/errors';
import { given } from '../../testing/decider-spec';
import { taskDecider } from './task.decider';
import { TaskEvent } from './task.events';

const created: TaskEvent = { type: 'crm.task.created', data: { taskId: 't-1', customerId: 'cus-1', assignee: 'agent-7', dueAt: '2026-03-04T06:30:00.000Z' }, personal: { title: 'Call back about the refund' } };

describe('tasks', () => {
  it('creates a task with its due date in UTC and the title kept personal', () => {
    given(taskDecider).when({ type: 'CreateTask', taskId: 't-1', customerId: 'cus-1', assignee: 'agent-7', dueAt: '2026-03-04T10:00:00+03:30', title: 'Call back about the refund' }).then([created]);
  });

  it('completes an open task once; completing again records nothing', () => {
    given(taskDecider, [created]).when({ type: 'CompleteTask', taskId: 't-1' }).then([{ type: 'crm.task.completed', data: { taskId: 't-1', customerId: 'cus-1' } }]);
    given(taskDecider, [created, { type: 'crm.task.completed', data: { taskId: 't-1', customerId: 'cus-1' } }]).when({ type: 'CompleteTask', taskId: 't-1' }).then([]);
  });

  it('refuses to complete a task that does not exist', () => {
    given(taskDecider).when({ type: 'CompleteTask', taskId: 't-9' }).thenThrows(NotFoundError);
  });

  it('refuses a due date without offset', () => {
    given(taskDecider).when({ type: 'CreateTask', taskId: 't-1', title: 'x', dueAt: '2026-03-04 10:00' }).thenThrows(InvalidValueError, { errors: [expect.objectContaining({ field: 'dueAt' })] });
  });
});
