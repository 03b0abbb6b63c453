import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { customerStream } from '../../../../../libs/domain/customer/customer.events';
import { interactionDecider } from '../../../../../libs/domain/interaction/interaction.decider';
import { interactionStream } from '../../../../../libs/domain/interaction/interaction.events';
import { NotFoundError } from '../../../../../libs/domain/shared/errors';
import { EventStore } from '../../../../../libs/event-store/event-store.port';
import { CommandResult } from '../../commands/command-context';
import { DeciderExecutor } from '../../commands/decider-executor';
import { deterministicId } from '../../commands/deterministic-id';
import { EVENT_STORE } from '../../infrastructure/tokens';
import { RecordInteractionCommand } from './customer.commands';

@CommandHandler(RecordInteractionCommand)
export class RecordInteractionHandler implements ICommandHandler<RecordInteractionCommand> {
  constructor(
    @Inject(DeciderExecutor) private readonly executor: DeciderExecutor,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ command, context }: RecordInteractionCommand): Promise<CommandResult> {
    const customer = await this.store.readStream(customerStream(command.customerId));
    if (customer.length === 0) throw new NotFoundError('customer', command.customerId);
    const interactionId = context.idempotencyKey ? deterministicId(context.actor, context.idempotencyKey, 'interaction') : randomUUID();
    return this.executor.execute({
      decider: interactionDecider,
      streamId: interactionStream(interactionId),
      entityId: interactionId,
      subjectId: command.customerId,
      command: { ...command, interactionId },
      context,
    });
  }
}
