import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { customerDecider } from '../../../../libs/domain/customer/customer.decider';
import { customerStream } from '../../../../libs/domain/customer/customer.events';
import { leadDecider } from '../../../../libs/domain/sales/lead/lead.decider';
import { leadStream } from '../../../../libs/domain/sales/lead/lead.events';
import { NotFoundError } from '../../../../libs/domain/shared/errors';
import { SubjectKeyStore } from '../../../../libs/privacy/subject-keys';
import { DocumentStore } from '../../../../libs/read-models/document-store.port';
import { CommandContext, CommandResult } from '../commands/command-context';
import { DeciderExecutor } from '../commands/decider-executor';
import { DOCUMENT_STORE, SUBJECT_KEYS } from '../infrastructure/tokens';
import { ReadModels } from '../read-side/read-models.service';
import { CustomerScope, DataSubjects } from './data-subjects';

export class EraseSubjectCommand extends Command<CommandResult> {
  constructor(readonly subjectId: string, readonly reason: string | undefined, readonly context: CommandContext) {
    super();
  }
}

/**
 * Right to erasure by crypto-shredding, for a customer or a lead. A customer's erasure reaches
 * the records merged into it and the leads converted into it. For each: record the erasure (the
 * customer's names its cases, tasks and feedback so every read model forgets their personal
 * fields), destroy the key (every sealed field in the log becomes unreadable), then wait until
 * the read models applied it all and scrub the read-model files. Safe to repeat after a crash.
 */
@CommandHandler(EraseSubjectCommand)
export class EraseSubjectHandler implements ICommandHandler<EraseSubjectCommand> {
  constructor(
    @Inject(DeciderExecutor) private readonly executor: DeciderExecutor,
    @Inject(SUBJECT_KEYS) private readonly keys: SubjectKeyStore,
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    @Inject(DataSubjects) private readonly subjects: DataSubjects,
  ) {}

  async execute({ subjectId, reason, context }: EraseSubjectCommand): Promise<CommandResult> {
    const subject = await this.subjects.find(subjectId);
    if (!subject) throw new NotFoundError('data subject', subjectId);
    const scope = await this.subjects.scope(subject);
    // Only the subject asked for answers the client's Idempotency-Key and If-Match; the rest follow it.
    const follower: CommandContext = { ...context, idempotencyKey: undefined, requestHash: undefined, expectedRevision: undefined };
    const results: CommandResult[] = [];
    for (const customer of scope.customers) {
      results.push(await this.eraseCustomer(customer, reason, customer.customerId === subjectId ? context : follower));
    }
    for (const lead of scope.leads) {
      results.push(await this.executor.execute({
        decider: leadDecider, streamId: leadStream(lead.leadId), entityId: lead.leadId, subjectId: lead.leadId,
        command: { type: 'EraseLead', leadId: lead.leadId, ...(lead.customerId ? { customerId: lead.customerId } : {}), ...(reason ? { reason } : {}) },
        context: lead.leadId === subjectId ? context : follower,
      }));
      await this.keys.destroy(lead.leadId);
    }
    // A case, task or feedback recorded while the keys were being destroyed is named by a second
    // erasure event (the decider names only records no earlier erasure named; usually none).
    if (subject.kind === 'customer') {
      for (const customer of (await this.subjects.scope(subject)).customers) results.push(await this.eraseCustomer(customer, reason, follower));
    }
    await this.readModels.awaitPosition(Math.max(...results.map((result) => result.position)));
    await this.documents.scrub?.();
    return results.find((result) => result.id === subjectId) ?? results[0];
  }

  private async eraseCustomer(customer: CustomerScope, reason: string | undefined, context: CommandContext): Promise<CommandResult> {
    const { customerId, caseIds, taskIds, feedbackIds } = customer;
    const result = await this.executor.execute({
      decider: customerDecider, streamId: customerStream(customerId), entityId: customerId, subjectId: customerId,
      command: { type: 'EraseCustomer', customerId, caseIds, taskIds, feedbackIds, ...(reason ? { reason } : {}) },
      context,
    });
    await this.keys.destroy(customerId);
    for (const taskId of customer.ownKeyTaskIds) await this.keys.destroy(taskId);
    return result;
  }
}
