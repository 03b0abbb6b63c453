import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandResult } from '../../commands/command-context';
import { DeciderExecutor } from '../../commands/decider-executor';
import { SalesStreamCommand } from './sales.commands';

@CommandHandler(SalesStreamCommand)
export class SalesStreamHandler implements ICommandHandler<SalesStreamCommand> {
  constructor(@Inject(DeciderExecutor) private readonly executor: DeciderExecutor) {}

  execute({ decider, streamId, entityId, command, context, subjectId }: SalesStreamCommand): Promise<CommandResult> {
    return this.executor.execute({ decider, streamId, entityId, subjectId: subjectId ?? entityId, command, context });
  }
}
