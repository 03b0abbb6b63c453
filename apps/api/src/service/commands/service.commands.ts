import { Command } from '@nestjs/cqrs';
import { DefineAutomationRule, DisableAutomationRule } from '../../../../../libs/domain/service/automation/automation-rule.decider';
import { AssignCase, CaseCommand, OpenCase, RecordSlaDeadline } from '../../../../../libs/domain/service/case/case.commands';
import { RecordFeedback } from '../../../../../libs/domain/service/feedback/feedback.decider';
import { DefineSlaPolicy } from '../../../../../libs/domain/service/sla-policy/sla-policy.commands';
import { CompleteTask, CreateTask } from '../../../../../libs/domain/service/task/task.decider';
import { CommandContext, CommandResult } from '../../commands/command-context';

export class DefineSlaPolicyCommand extends Command<CommandResult> {
  constructor(readonly command: Omit<DefineSlaPolicy, 'slaPolicyId'> & { slaPolicyId?: string }, readonly context: CommandContext) {
    super();
  }
}

/** Opens a case; without an interaction id, the contact that opened it is recorded as an interaction first. */
export class OpenCaseCommand extends Command<CommandResult> {
  constructor(
    readonly command: Omit<OpenCase, 'caseId' | 'policy' | 'interactionId' | 'country' | 'partnerId'> & { slaPolicyId: string; interactionId?: string },
    readonly context: CommandContext,
  ) {
    super();
  }
}

type WithoutPolicy<C> = C extends { policy: unknown } ? Omit<C, 'policy'> : C;
export type CaseAction = WithoutPolicy<Exclude<CaseCommand, OpenCase>>;

/** Any command on an existing case; the handler attaches the case's SLA policy as it is now. */
export class CaseActionCommand extends Command<CommandResult> {
  constructor(readonly command: CaseAction | AssignCase | RecordSlaDeadline, readonly context: CommandContext) {
    super();
  }
}

export class RecordFeedbackCommand extends Command<CommandResult> {
  constructor(readonly command: Omit<RecordFeedback, 'feedbackId' | 'country' | 'partnerId'>, readonly context: CommandContext) {
    super();
  }
}

export class TaskCommand extends Command<CommandResult> {
  constructor(readonly command: (Omit<CreateTask, 'taskId'> & { taskId?: string }) | CompleteTask, readonly context: CommandContext) {
    super();
  }
}

export class AutomationRuleCommand extends Command<CommandResult> {
  constructor(readonly command: (Omit<DefineAutomationRule, 'ruleId'> & { ruleId?: string }) | DisableAutomationRule, readonly context: CommandContext) {
    super();
  }
}
