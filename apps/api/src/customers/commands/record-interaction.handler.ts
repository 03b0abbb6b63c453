import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { consentChannelOf, consentInForce } from '../../../../../libs/domain/compliance/consent-in-force';
import { customerStream } from '../../../../../libs/domain/customer/customer.events';
import { ConsentState, RecordInteraction } from '../../../../../libs/domain/interaction/interaction.commands';
import { contactPurpose, interactionDecider } from '../../../../../libs/domain/interaction/interaction.decider';
import { interactionStream } from '../../../../../libs/domain/interaction/interaction.events';
import { NotFoundError } from '../../../../../libs/domain/shared/errors';
import { EventEnvelope } from '../../../../../libs/event-store/envelope';
import { EventStore } from '../../../../../libs/event-store/event-store.port';
import { CommandResult } from '../../commands/command-context';
import { DeciderExecutor } from '../../commands/decider-executor';
import { deterministicId } from '../../commands/deterministic-id';
import { RAW_EVENT_STORE } from '../../infrastructure/tokens';
import { RecordInteractionCommand } from './customer.commands';

/** Outbound contacts carry the consent in force at their business time, read from the customer's log (the decider stays pure). */
@CommandHandler(RecordInteractionCommand)
export class RecordInteractionHandler implements ICommandHandler<RecordInteractionCommand> {
  constructor(
    @Inject(DeciderExecutor) private readonly executor: DeciderExecutor,
    // Existence and consent need no personal field: the customer's log is read sealed, nothing is decrypted.
    @Inject(RAW_EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ command, context }: RecordInteractionCommand): Promise<CommandResult> {
    const customer = await this.store.readStream(customerStream(command.customerId));
    if (customer.length === 0) throw new NotFoundError('customer', command.customerId);
    const interactionId = context.idempotencyKey ? deterministicId(context.actor, context.idempotencyKey, 'interaction') : randomUUID();
    const consent = command.direction === 'outbound' ? consentAt(customer, command, context.occurredAt) : undefined;
    return this.executor.execute({
      decider: interactionDecider,
      streamId: interactionStream(interactionId),
      entityId: interactionId,
      subjectId: command.customerId,
      command: { ...command, interactionId, ...(consent ? { consent } : {}) },
      context,
    });
  }
}

function consentAt(customer: EventEnvelope[], command: Omit<RecordInteraction, 'interactionId'>, at: string): ConsentState {
  const { decidedBy: _evidence, ...state } = consentInForce(customer, contactPurpose(command), consentChannelOf(command.channel) ?? 'any', at);
  return state;
}
