import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { BusinessRuleError } from '../../../../libs/domain/shared/errors';
import { CommandResult } from '../commands/command-context';
import { UnmergeCustomerCommand } from './merge.commands';
import { MergeSteps } from './merge-steps';

/**
 * Unmerge: `released` on the survivor's stream, then `unmerged` on the duplicate's. Both records
 * kept their own facts throughout, so each reads again exactly as before the merge, plus what was
 * recorded against its own id in between (see docs/identity.md).
 */
@CommandHandler(UnmergeCustomerCommand)
export class UnmergeCustomerHandler implements ICommandHandler<UnmergeCustomerCommand> {
  constructor(@Inject(MergeSteps) private readonly steps: MergeSteps) {}

  execute({ survivorId, duplicateId, context }: UnmergeCustomerCommand): Promise<CommandResult> {
    return this.steps.serialised(async () => {
      const survivor = await this.steps.load(survivorId);
      const duplicate = await this.steps.load(duplicateId);
      const merged = duplicate.mergedInto?.survivorId === survivorId || survivor.absorbed?.some((a) => a.customerId === duplicateId);
      if (!merged) throw new BusinessRuleError(`customer ${duplicateId} is not merged into ${survivorId}`);
      this.steps.checkIfMatch(context, survivor);
      const released = await this.steps.run({ type: 'Release', customerId: survivorId, duplicateId }, context);
      const unmerged = await this.steps.run({ type: 'Unmerge', customerId: duplicateId, survivorId }, context);
      return { ...released, position: Math.max(released.position, unmerged.position), events: [...released.events, ...unmerged.events] };
    });
  }
}
