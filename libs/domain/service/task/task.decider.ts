import { compact } from '../../shared/compact';
import { Decider } from '../../shared/decider';
import { BusinessRuleError, NotFoundError } from '../../shared/errors';
import { parseFreeText, parseOptionalFreeText } from '../../shared/free-text';
import { parseId } from '../../shared/identifier';
import { parseInstant } from '../../shared/instant';
import { validateAll } from '../../shared/validation';
import { TaskEvent } from './task.events';

export interface CreateTask {
  type: 'CreateTask';
  taskId: string;
  title: string;
  description?: string;
  customerId?: string;
  caseId?: string;
  assignee?: string;
  dueAt?: string;
  ruleId?: string;
  triggerEventId?: string;
  partnerId?: string;
}

export interface CompleteTask {
  type: 'CompleteTask';
  taskId: string;
}

export type TaskCommand = CreateTask | CompleteTask;
export type TaskState = { status: 'none' } | { status: 'open' | 'done'; taskId: string; customerId?: string };

const optionalId = (input: unknown, field: string) => (input == null ? undefined : parseId(input, field));

function create(command: CreateTask, state: TaskState): TaskEvent[] {
  if (state.status !== 'none') throw new BusinessRuleError(`task ${state.taskId} already exists`);
  const { title, description, ...data } = validateAll({
    taskId: () => parseId(command.taskId, 'taskId'),
    customerId: () => optionalId(command.customerId, 'customerId'),
    caseId: () => optionalId(command.caseId, 'caseId'),
    assignee: () => parseOptionalFreeText(command.assignee, 'assignee', { maxLength: 200 }),
    dueAt: () => (command.dueAt == null ? undefined : parseInstant(command.dueAt, 'dueAt')),
    ruleId: () => optionalId(command.ruleId, 'ruleId'),
    triggerEventId: () => optionalId(command.triggerEventId, 'triggerEventId'),
    partnerId: () => optionalId(command.partnerId, 'partnerId'),
    title: () => parseFreeText(command.title, 'title', { maxLength: 500 }),
    description: () => parseOptionalFreeText(command.description, 'description', { maxLength: 20_000, multiline: true }),
  });
  return [{ type: 'crm.task.created', data: compact(data), personal: compact({ title, description }) }];
}

function decide(command: TaskCommand, state: TaskState): TaskEvent[] {
  if (command.type === 'CreateTask') return create(command, state);
  if (state.status === 'none') throw new NotFoundError('task', String(command.taskId));
  if (state.status === 'done') return []; // completing twice is a retry, not a conflict
  return [{ type: 'crm.task.completed', data: compact({ taskId: state.taskId, customerId: state.customerId }) }];
}

/** A to-do with an optional customer, case, assignee and due date; completed once. */
export const taskDecider: Decider<TaskCommand, TaskState, TaskEvent> = {
  initialState: { status: 'none' },
  decide,
  evolve: (state, event) =>
    event.type === 'crm.task.created'
      ? { status: 'open', taskId: event.data.taskId, customerId: event.data.customerId }
      : state.status === 'none' ? state : { ...state, status: 'done' },
};
