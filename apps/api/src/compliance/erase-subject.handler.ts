import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { customerDecider } from '../../../../libs/domain/customer/customer.decider';
import { customerStream } from '../../../../libs/domain/customer/customer.events';
import { SubjectKeyStore } from '../../../../libs/privacy/subject-keys';
import { DocumentStore } from '../../../../libs/read-models/document-store.port';
import { CommandContext, CommandResult } from '../commands/command-context';
import { DeciderExecutor } from '../commands/decider-executor';
import { DOCUMENT_STORE, SUBJECT_KEYS } from '../infrastructure/tokens';
import { ReadModels } from '../read-side/read-models.service';

export class EraseSubjectCommand extends Command<CommandResult> {
  constructor(readonly customerId: string, readonly reason: string | undefined, readonly context: CommandContext) {
    super();
  }
}

/**
 * Right to erasure by crypto-shredding: record the erasure, destroy the subject's key (every
 * sealed personal field in the log becomes unreadable), wait until the read models have
 * forgotten the subject, then scrub the read-model files. Safe to repeat after a crash.
 */
@CommandHandler(EraseSubjectCommand)
export class EraseSubjectHandler implements ICommandHandler<EraseSubjectCommand> {
  constructor(
    @Inject(DeciderExecutor) private readonly executor: DeciderExecutor,
    @Inject(SUBJECT_KEYS) private readonly keys: SubjectKeyStore,
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  async execute({ customerId, reason, context }: EraseSubjectCommand): Promise<CommandResult> {
    const result = await this.executor.execute({
      decider: customerDecider,
      streamId: customerStream(customerId),
      entityId: customerId,
      subjectId: customerId,
      command: { type: 'EraseCustomer', customerId, ...(reason ? { reason } : {}) },
      context,
    });
    await this.keys.destroy(customerId);
    await this.readModels.awaitPosition(result.position);
    await this.documents.scrub?.();
    return result;
  }
}
