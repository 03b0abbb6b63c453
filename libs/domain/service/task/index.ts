export * from './task.events';
export { taskDecider, type CreateTask, type CompleteTask, type TaskCommand, type TaskState } from './task.decider';
