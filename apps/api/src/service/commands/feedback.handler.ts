import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { feedbackDecider } from '../../../../../libs/domain/service/feedback/feedback.decider';
import { feedbackStream } from '../../../../../libs/domain/service/feedback/feedback.events';
import { caseStream } from '../../../../../libs/domain/service/case/case.events';
import { BusinessRuleError, NotFoundError } from '../../../../../libs/domain/shared/errors';
import { EventStore } from '../../../../../libs/event-store/event-store.port';
import { CommandResult } from '../../commands/command-context';
import { DeciderExecutor } from '../../commands/decider-executor';
import { EVENT_STORE } from '../../infrastructure/tokens';
import { newEntityId } from './entity-id';
import { ServiceLookups } from './policy-loader';
import { RecordFeedbackCommand } from './service.commands';

@CommandHandler(RecordFeedbackCommand)
export class RecordFeedbackHandler implements ICommandHandler<RecordFeedbackCommand> {
  constructor(
    @Inject(DeciderExecutor) private readonly executor: DeciderExecutor,
    @Inject(ServiceLookups) private readonly lookups: ServiceLookups,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ command, context }: RecordFeedbackCommand): Promise<CommandResult> {
    const customer = await this.lookups.customer(command.customerId);
    if (command.caseId) {
      const [opened] = await this.store.readStream(caseStream(command.caseId));
      if (!opened) throw new NotFoundError('case', command.caseId);
      if (opened.data.customerId !== command.customerId) throw new BusinessRuleError(`case ${command.caseId} is another customer's`);
    }
    const feedbackId = newEntityId(context, 'feedback');
    return this.executor.execute({
      decider: feedbackDecider, streamId: feedbackStream(feedbackId), entityId: feedbackId, subjectId: command.customerId, context,
      command: { ...command, feedbackId, country: customer.country, partnerId: customer.partnerId },
    });
  }
}
