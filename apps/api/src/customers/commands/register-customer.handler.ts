import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { customerDecider } from '../../../../../libs/domain/customer/customer.decider';
import { customerStream } from '../../../../../libs/domain/customer/customer.events';
import { RegisterCustomer } from '../../../../../libs/domain/customer/customer.commands';
import { CommandResult } from '../../commands/command-context';
import { DeciderExecutor } from '../../commands/decider-executor';
import { PartnerDirectory } from '../../partners/partner-directory';
import { deterministicId } from '../../commands/deterministic-id';
import { DuplicateDetector } from './duplicate-detector';
import { RegisterCustomerCommand } from './customer.commands';

@CommandHandler(RegisterCustomerCommand)
export class RegisterCustomerHandler implements ICommandHandler<RegisterCustomerCommand> {
  constructor(
    @Inject(DeciderExecutor) private readonly executor: DeciderExecutor,
    @Inject(DuplicateDetector) private readonly duplicates: DuplicateDetector,
    @Inject(PartnerDirectory) private readonly partners: PartnerDirectory,
  ) {}

  async execute({ command, allowDuplicate, context }: RegisterCustomerCommand): Promise<CommandResult> {
    if (command.partnerId) await this.partners.assertExists(command.partnerId);
    // The same Idempotency-Key names the same customer, so a retry finds its first answer.
    const customerId = context.idempotencyKey ? deterministicId(context.actor, context.idempotencyKey, 'customer') : randomUUID();
    const register: RegisterCustomer = { ...command, customerId };
    const run = () =>
      this.executor.execute({
        decider: customerDecider,
        streamId: customerStream(customerId),
        entityId: customerId,
        subjectId: customerId,
        command: register,
        context,
      });
    return allowDuplicate ? run() : this.duplicates.registerUnlessDuplicate(register, run);
  }
}
