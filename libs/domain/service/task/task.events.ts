/** Task events (stream `task-<taskId>`). A task about a customer names it; title and description are personal. */
export interface TaskCreated {
  type: 'crm.task.created';
  schemaVersion?: number;
  data: {
    taskId: string;
    customerId?: string;
    caseId?: string;
    assignee?: string;
    dueAt?: string;
    /** Set when an automation rule created the task, with the event that triggered it. */
    ruleId?: string;
    triggerEventId?: string;
    /** The partner whose subtree holds the task: its customer's (or its case's customer's), or the partner key's that created it. */
    partnerId?: string;
  };
  personal: { title: string; description?: string };
}

export interface TaskCompleted {
  type: 'crm.task.completed';
  schemaVersion?: number;
  data: { taskId: string; customerId?: string };
  personal?: Record<string, never>;
}

export type TaskEvent = TaskCreated | TaskCompleted;
export const taskStream = (taskId: string): string => `task-${taskId}`;
