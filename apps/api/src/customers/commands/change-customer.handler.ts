import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { customerDecider } from '../../../../../libs/domain/customer/customer.decider';
import { customerStream } from '../../../../../libs/domain/customer/customer.events';
import { CommandResult } from '../../commands/command-context';
import { DeciderExecutor } from '../../commands/decider-executor';
import { ChangeCustomerCommand } from './customer.commands';

@CommandHandler(ChangeCustomerCommand)
export class ChangeCustomerHandler implements ICommandHandler<ChangeCustomerCommand> {
  constructor(@Inject(DeciderExecutor) private readonly executor: DeciderExecutor) {}

  execute({ command, context }: ChangeCustomerCommand): Promise<CommandResult> {
    return this.executor.execute({
      decider: customerDecider,
      streamId: customerStream(command.customerId),
      entityId: command.customerId,
      subjectId: command.customerId,
      command,
      context,
    });
  }
}
