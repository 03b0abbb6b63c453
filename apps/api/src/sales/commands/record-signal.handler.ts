import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { leadDecider } from '../../../../../libs/domain/sales/lead/lead.decider';
import { leadStream, SignalKind } from '../../../../../libs/domain/sales/lead/lead.events';
import { CommandResult } from '../../commands/command-context';
import { DeciderExecutor } from '../../commands/decider-executor';
import { SalesLookups } from './sales-lookups';
import { RecordSignalCommand } from './sales.commands';

/** Records a signal; the lead's score with it, under the model in force, decides qualification by score. */
@CommandHandler(RecordSignalCommand)
export class RecordSignalHandler implements ICommandHandler<RecordSignalCommand> {
  constructor(
    @Inject(DeciderExecutor) private readonly executor: DeciderExecutor,
    @Inject(SalesLookups) private readonly lookups: SalesLookups,
  ) {}

  async execute({ leadId, kind, context }: RecordSignalCommand): Promise<CommandResult> {
    const at = context.occurredAt;
    const scored = await this.lookups.currentScore(leadId, at, [{ kind: kind as SignalKind, at }]);
    const scoreAfter = scored && { score: scored.score.score, modelVersion: scored.score.modelVersion, mqlThreshold: scored.mqlThreshold };
    return this.executor.execute({
      decider: leadDecider, streamId: leadStream(leadId), entityId: leadId, subjectId: await this.lookups.leadSubject(leadId),
      command: { type: 'RecordSignal', leadId, kind, ...(scoreAfter ? { scoreAfter } : {}) }, context,
    });
  }
}
