import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { slaPolicyDecider } from '../../../../../libs/domain/service/sla-policy/sla-policy.decider';
import { slaPolicyStream } from '../../../../../libs/domain/service/sla-policy/sla-policy.events';
import { CommandResult } from '../../commands/command-context';
import { DeciderExecutor } from '../../commands/decider-executor';
import { newEntityId } from './entity-id';
import { DefineSlaPolicyCommand } from './service.commands';

@CommandHandler(DefineSlaPolicyCommand)
export class DefineSlaPolicyHandler implements ICommandHandler<DefineSlaPolicyCommand> {
  constructor(@Inject(DeciderExecutor) private readonly executor: DeciderExecutor) {}

  execute({ command, context }: DefineSlaPolicyCommand): Promise<CommandResult> {
    const slaPolicyId = command.slaPolicyId ?? newEntityId(context, 'sla-policy');
    return this.executor.execute({
      decider: slaPolicyDecider, streamId: slaPolicyStream(slaPolicyId), entityId: slaPolicyId, subjectId: slaPolicyId,
      command: { ...command, slaPolicyId }, context,
    });
  }
}
