import { Command } from '@nestjs/cqrs';
import { CustomerCommand, RegisterCustomer } from '../../../../../libs/domain/customer/customer.commands';
import { RecordInteraction } from '../../../../../libs/domain/interaction/interaction.commands';
import { CommandContext, CommandResult } from '../../commands/command-context';

export class RegisterCustomerCommand extends Command<CommandResult> {
  constructor(
    readonly command: Omit<RegisterCustomer, 'customerId'>,
    readonly allowDuplicate: boolean,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Any command on an existing customer's own stream (profile, contact points, consent). */
export class ChangeCustomerCommand extends Command<CommandResult> {
  constructor(
    readonly command: Exclude<CustomerCommand, RegisterCustomer>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class RecordInteractionCommand extends Command<CommandResult> {
  constructor(
    readonly command: Omit<RecordInteraction, 'interactionId'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}
