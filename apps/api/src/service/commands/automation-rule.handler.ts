import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { automationRuleDecider } from '../../../../../libs/domain/service/automation/automation-rule.decider';
import { automationRuleStream } from '../../../../../libs/domain/service/automation/automation.events';
import { CommandResult } from '../../commands/command-context';
import { DeciderExecutor } from '../../commands/decider-executor';
import { newEntityId } from './entity-id';
import { AutomationRuleCommand } from './service.commands';

@CommandHandler(AutomationRuleCommand)
export class AutomationRuleHandler implements ICommandHandler<AutomationRuleCommand> {
  constructor(@Inject(DeciderExecutor) private readonly executor: DeciderExecutor) {}

  execute({ command, context }: AutomationRuleCommand): Promise<CommandResult> {
    const ruleId = command.ruleId ?? newEntityId(context, 'automation-rule');
    return this.executor.execute({
      decider: automationRuleDecider, streamId: automationRuleStream(ruleId), entityId: ruleId, subjectId: ruleId,
      command: { ...command, ruleId } as Parameters<typeof automationRuleDecider.decide>[0], context,
    });
  }
}
