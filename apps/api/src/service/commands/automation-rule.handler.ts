import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { automationRuleDecider } from '../../../../../libs/domain/service/automation/automation-rule.decider';
import { automationRuleStream } from '../../../../../libs/domain/service/automation/automation.events';
import { invalid } from '../../../../../libs/domain/shared/validation';
import { CommandResult } from '../../commands/command-context';
import { DeciderExecutor } from '../../commands/decider-executor';
import { ForbiddenTargetError, WebhookTargets } from '../automation/webhook-target';
import { newEntityId } from './entity-id';
import { AutomationRuleCommand } from './service.commands';

@CommandHandler(AutomationRuleCommand)
export class AutomationRuleHandler implements ICommandHandler<AutomationRuleCommand> {
  constructor(
    @Inject(DeciderExecutor) private readonly executor: DeciderExecutor,
    @Inject(WebhookTargets) private readonly targets: WebhookTargets,
  ) {}

  async execute({ command, context }: AutomationRuleCommand): Promise<CommandResult> {
    if (command.type === 'DefineAutomationRule') await this.refuseForbiddenTarget(command.action);
    const ruleId = command.ruleId ?? newEntityId(context, 'automation-rule');
    return this.executor.execute({
      decider: automationRuleDecider, streamId: automationRuleStream(ruleId), entityId: ruleId, subjectId: ruleId,
      command: { ...command, ruleId } as Parameters<typeof automationRuleDecider.decide>[0], context,
    });
  }

  /** A webhook that would reach this machine or a private network is refused before it is recorded (checked again on delivery). */
  private async refuseForbiddenTarget(action: unknown): Promise<void> {
    const { kind, url } = (action ?? {}) as { kind?: unknown; url?: unknown };
    if (this.targets.allowPrivate || kind !== 'notify-webhook' || typeof url !== 'string' || !URL.canParse(url)) return; // the decider explains what is wrong
    try {
      await this.targets.check(url);
    } catch (error) {
      if (error instanceof ForbiddenTargetError) throw invalid('action.url', error.message);
      throw invalid('action.url', `cannot be resolved: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
