import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { customerMergeDecider } from '../../../../libs/domain/identity/customer-merge.decider';
import { CommandResult } from '../commands/command-context';
import { MergeCustomersCommand } from './merge.commands';
import { MergeSteps } from './merge-steps';

/**
 * Merge: for each duplicate, `merged-into` on its stream (the lock: a record is merged once),
 * then `absorbed` on the survivor's. Every duplicate is checked before anything is written; a
 * merge cut short between the two streams is completed by sending it again.
 */
@CommandHandler(MergeCustomersCommand)
export class MergeCustomersHandler implements ICommandHandler<MergeCustomersCommand> {
  constructor(@Inject(MergeSteps) private readonly steps: MergeSteps) {}

  execute({ survivorId, duplicateIds, context }: MergeCustomersCommand): Promise<CommandResult> {
    return this.steps.serialised(async () => {
      const survivor = await this.steps.load(survivorId);
      this.steps.checkIfMatch(context, survivor);
      const duplicates = await Promise.all([...new Set(duplicateIds)].map((id) => this.steps.load(id)));
      const plan = duplicates.map((duplicate) => {
        // The merge id of a merge cut short is reused, so both streams name the same merge.
        const mergeId = duplicate.mergedInto?.survivorId === survivorId ? duplicate.mergedInto.mergeId : randomUUID();
        const decide = (command: Parameters<typeof customerMergeDecider.decide>[0], state: typeof survivor) =>
          customerMergeDecider.decide(command, state, { now: context.occurredAt, newId: randomUUID });
        // Dry run of both steps: refuses the whole request before the first write.
        decide({ type: 'MergeInto', customerId: duplicate.customerId, survivorId, mergeId }, duplicate);
        decide({ type: 'Absorb', customerId: survivorId, duplicateId: duplicate.customerId, mergeId }, survivor);
        return { duplicateId: duplicate.customerId, mergeId };
      });
      let answer: CommandResult = { id: survivorId, revision: survivor.revision, position: 0, written: false, events: [] };
      for (const { duplicateId, mergeId } of plan) {
        const marked = await this.steps.run({ type: 'MergeInto', customerId: duplicateId, survivorId, mergeId }, context);
        const absorbed = await this.steps.run({ type: 'Absorb', customerId: survivorId, duplicateId, mergeId }, context);
        answer = { ...absorbed, position: Math.max(answer.position, marked.position, absorbed.position), events: [...answer.events, ...marked.events, ...absorbed.events] };
      }
      return answer;
    });
  }
}
