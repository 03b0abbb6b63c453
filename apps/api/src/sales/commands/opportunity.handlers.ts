import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { opportunityDecider } from '../../../../../libs/domain/sales/opportunity/opportunity.decider';
import { opportunityStream } from '../../../../../libs/domain/sales/opportunity/opportunity.events';
import { NotFoundError } from '../../../../../libs/domain/shared/errors';
import { EventStore } from '../../../../../libs/event-store/event-store.port';
import { CommandResult } from '../../commands/command-context';
import { DeciderExecutor } from '../../commands/decider-executor';
import { deterministicId } from '../../commands/deterministic-id';
import { EVENT_STORE } from '../../infrastructure/tokens';
import { SalesLookups } from './sales-lookups';
import { ChangeOpportunityCommand, CreateOpportunityCommand } from './sales.commands';

@CommandHandler(CreateOpportunityCommand)
export class CreateOpportunityHandler implements ICommandHandler<CreateOpportunityCommand> {
  constructor(
    @Inject(DeciderExecutor) private readonly executor: DeciderExecutor,
    @Inject(SalesLookups) private readonly lookups: SalesLookups,
  ) {}

  async execute({ fields, context, opportunityId: given }: CreateOpportunityCommand): Promise<CommandResult> {
    const opportunityId = given ?? (context.idempotencyKey ? deterministicId(context.actor, context.idempotencyKey, 'opportunity') : randomUUID());
    if (!(await this.lookups.customerExists(fields.customerId))) throw new NotFoundError('customer', fields.customerId);
    const pipelineStages = await this.lookups.pipelineStages(fields.pipelineId);
    const partnerId = await this.lookups.customerPartner(fields.customerId);
    return this.executor.execute({
      decider: opportunityDecider, streamId: opportunityStream(opportunityId), entityId: opportunityId, subjectId: fields.customerId,
      command: { type: 'CreateOpportunity', opportunityId, pipelineStages, ...fields, partnerId }, context,
    });
  }
}

/** Stage changes need the pipeline's stages; every change is about the opportunity's customer. */
@CommandHandler(ChangeOpportunityCommand)
export class ChangeOpportunityHandler implements ICommandHandler<ChangeOpportunityCommand> {
  constructor(
    @Inject(DeciderExecutor) private readonly executor: DeciderExecutor,
    @Inject(SalesLookups) private readonly lookups: SalesLookups,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ opportunityId, change, context }: ChangeOpportunityCommand): Promise<CommandResult> {
    const [created] = await this.store.readStream(opportunityStream(opportunityId));
    if (!created) throw new NotFoundError('opportunity', opportunityId);
    const { customerId, pipelineId } = created.data as { customerId: string; pipelineId: string };
    const command = change.type === 'ChangeOpportunityStage'
      ? { ...change, opportunityId, pipelineStages: await this.lookups.pipelineStages(pipelineId) }
      : { ...change, opportunityId };
    return this.executor.execute({ decider: opportunityDecider, streamId: opportunityStream(opportunityId), entityId: opportunityId, subjectId: customerId, command, context });
  }
}
