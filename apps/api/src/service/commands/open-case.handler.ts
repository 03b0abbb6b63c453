import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { interactionDecider } from '../../../../../libs/domain/interaction/interaction.decider';
import { interactionStream, InteractionChannel } from '../../../../../libs/domain/interaction/interaction.events';
import { caseDecider } from '../../../../../libs/domain/service/case/case.decider';
import { caseStream } from '../../../../../libs/domain/service/case/case.events';
import { BusinessRuleError, NotFoundError } from '../../../../../libs/domain/shared/errors';
import { EventStore } from '../../../../../libs/event-store/event-store.port';
import { CommandContext, CommandResult } from '../../commands/command-context';
import { DeciderExecutor } from '../../commands/decider-executor';
import { EVENT_STORE } from '../../infrastructure/tokens';
import { newEntityId } from './entity-id';
import { ServiceLookups } from './policy-loader';
import { OpenCaseCommand } from './service.commands';

@CommandHandler(OpenCaseCommand)
export class OpenCaseHandler implements ICommandHandler<OpenCaseCommand> {
  constructor(
    @Inject(DeciderExecutor) private readonly executor: DeciderExecutor,
    @Inject(ServiceLookups) private readonly lookups: ServiceLookups,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ command, context }: OpenCaseCommand): Promise<CommandResult> {
    const { slaPolicyId, interactionId: given, ...fields } = command;
    const customer = await this.lookups.customer(command.customerId);
    const policy = await this.lookups.policy(slaPolicyId);
    const interactionId = given ? await this.checkInteraction(given, command.customerId) : await this.recordContact(command, context);
    const caseId = newEntityId(context, 'case');
    return this.executor.execute({
      decider: caseDecider, streamId: caseStream(caseId), entityId: caseId, subjectId: command.customerId, context,
      command: { ...fields, type: 'OpenCase', caseId, interactionId, policy, country: customer.country, partnerId: customer.partnerId },
    });
  }

  private async checkInteraction(interactionId: string, customerId: string): Promise<string> {
    const [recorded] = await this.store.readStream(interactionStream(interactionId));
    if (!recorded) throw new NotFoundError('interaction', interactionId);
    if (recorded.data.customerId !== customerId) throw new BusinessRuleError(`interaction ${interactionId} is with another customer`);
    return interactionId;
  }

  /** The contact that opened the case, on its channel, so the case links to an interaction like any other. */
  private async recordContact(command: OpenCaseCommand['command'], context: CommandContext): Promise<string> {
    const interactionId = newEntityId(context, 'case-interaction');
    await this.executor.execute({
      decider: interactionDecider, streamId: interactionStream(interactionId), entityId: interactionId, subjectId: command.customerId,
      command: { type: 'RecordInteraction', interactionId, customerId: command.customerId, channel: command.channel as InteractionChannel, direction: 'inbound', subject: command.subject },
      // Its own idempotency key, so the case's event ids derived from the request's key stay distinct.
      context: context.idempotencyKey ? { ...context, idempotencyKey: `${context.idempotencyKey}#interaction` } : context,
    });
    return interactionId;
  }
}
