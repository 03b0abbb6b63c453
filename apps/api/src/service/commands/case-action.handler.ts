import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand } from '../../../../../libs/domain/service/case/case.commands';
import { caseDecider } from '../../../../../libs/domain/service/case/case.decider';
import { caseStream } from '../../../../../libs/domain/service/case/case.events';
import { NotFoundError } from '../../../../../libs/domain/shared/errors';
import { EventStore } from '../../../../../libs/event-store/event-store.port';
import { CommandResult } from '../../commands/command-context';
import { DeciderExecutor } from '../../commands/decider-executor';
import { EVENT_STORE } from '../../infrastructure/tokens';
import { ServiceLookups } from './policy-loader';
import { CaseActionCommand } from './service.commands';

const WITHOUT_POLICY = new Set(['AssignCase', 'RecordSlaWarning', 'RecordSlaBreach']);

@CommandHandler(CaseActionCommand)
export class CaseActionHandler implements ICommandHandler<CaseActionCommand> {
  constructor(
    @Inject(DeciderExecutor) private readonly executor: DeciderExecutor,
    @Inject(ServiceLookups) private readonly lookups: ServiceLookups,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ command, context }: CaseActionCommand): Promise<CommandResult> {
    const [opened] = await this.store.readStream(caseStream(command.caseId));
    if (!opened) throw new NotFoundError('case', command.caseId);
    const customerId = String(opened.data.customerId);
    // The policy the case follows now: its id never changes, its version may have moved on.
    const full = WITHOUT_POLICY.has(command.type)
      ? (command as CaseCommand)
      : ({ ...command, policy: await this.lookups.policy(String(opened.data.slaPolicyId)) } as CaseCommand);
    return this.executor.execute({
      decider: caseDecider, streamId: caseStream(command.caseId), entityId: command.caseId, subjectId: customerId, command: full, context,
    });
  }
}
