import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { customerDecider } from '../../../../../libs/domain/customer/customer.decider';
import { customerStream } from '../../../../../libs/domain/customer/customer.events';
import { CommandResult } from '../../commands/command-context';
import { DeciderExecutor } from '../../commands/decider-executor';
import { PartnerDirectory } from '../../partners/partner-directory';
import { ChangeCustomerCommand } from './customer.commands';

@CommandHandler(ChangeCustomerCommand)
export class ChangeCustomerHandler implements ICommandHandler<ChangeCustomerCommand> {
  constructor(
    @Inject(DeciderExecutor) private readonly executor: DeciderExecutor,
    @Inject(PartnerDirectory) private readonly partners: PartnerDirectory,
  ) {}

  async execute({ command, context }: ChangeCustomerCommand): Promise<CommandResult> {
    if (command.type === 'ChangeProfile' && typeof command.partnerId === 'string') await this.partners.assertExists(command.partnerId);
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
