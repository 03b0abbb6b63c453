import { Command } from '@nestjs/cqrs';
import { CommandContext, CommandResult } from '../commands/command-context';

export class MergeCustomersCommand extends Command<CommandResult> {
  constructor(readonly survivorId: string, readonly duplicateIds: string[], readonly context: CommandContext) {
    super();
  }
}

export class UnmergeCustomerCommand extends Command<CommandResult> {
  constructor(readonly survivorId: string, readonly duplicateId: string, readonly context: CommandContext) {
    super();
  }
}
