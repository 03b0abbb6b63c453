import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { taskDecider } from '../../../../../libs/domain/service/task/task.decider';
import { taskStream } from '../../../../../libs/domain/service/task/task.events';
import { EventStore } from '../../../../../libs/event-store/event-store.port';
import { CommandResult } from '../../commands/command-context';
import { DeciderExecutor } from '../../commands/decider-executor';
import { EVENT_STORE } from '../../infrastructure/tokens';
import { newEntityId } from './entity-id';
import { ServiceLookups } from './policy-loader';
import { TaskCommand } from './service.commands';
import { caseStream } from '../../../../../libs/domain/service/case/case.events';
import { currentPrincipal } from '../../http/request-context';

@CommandHandler(TaskCommand)
export class TaskHandler implements ICommandHandler<TaskCommand> {
  constructor(
    @Inject(DeciderExecutor) private readonly executor: DeciderExecutor,
    @Inject(ServiceLookups) private readonly lookups: ServiceLookups,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ command, context }: TaskCommand): Promise<CommandResult> {
    if (command.type === 'CompleteTask') {
      const [created] = await this.store.readStream(taskStream(command.taskId));
      const subjectId = typeof created?.data.customerId === 'string' ? created.data.customerId : command.taskId;
      return this.executor.execute({ decider: taskDecider, streamId: taskStream(command.taskId), entityId: command.taskId, subjectId, command, context });
    }
    const partnerId = await this.partnerOf(command);
    const taskId = command.taskId ?? newEntityId(context, 'task');
    return this.executor.execute({
      decider: taskDecider, streamId: taskStream(taskId), entityId: taskId, subjectId: command.customerId ?? taskId, command: { ...command, taskId, partnerId }, context,
    });
  }

  /** The task's partner: its customer's, else its case's, else the partner key's that creates it (automation: none). */
  private async partnerOf(command: { customerId?: string; caseId?: string }): Promise<string | undefined> {
    if (command.customerId) return (await this.lookups.customer(command.customerId)).partnerId;
    if (command.caseId) {
      const [opened] = await this.store.readStream(caseStream(command.caseId));
      if (typeof opened?.data.customerId === 'string') return (await this.lookups.customer(opened.data.customerId)).partnerId;
    }
    const principal = currentPrincipal();
    return principal?.role === 'partner' ? principal.partnerId : undefined;
  }
}
