import { Inject, Injectable } from '@nestjs/common';
import { customerStream } from '../../../../libs/domain/customer/customer.events';
import { RegisteredCustomer } from '../../../../libs/domain/customer/customer.state';
import { customerMergeDecider } from '../../../../libs/domain/identity/customer-merge.decider';
import { MergeCommand } from '../../../../libs/domain/identity/merge.commands';
import { fold } from '../../../../libs/domain/shared/decider';
import { NotFoundError } from '../../../../libs/domain/shared/errors';
import { EventStore } from '../../../../libs/event-store/event-store.port';
import { CommandContext, CommandResult } from '../commands/command-context';
import { DeciderExecutor } from '../commands/decider-executor';
import { problem, ProblemError } from '../http/problem';
import { EVENT_STORE } from '../infrastructure/tokens';

/**
 * What merge and unmerge share: loading a customer, running one step on one stream, and running
 * whole merges one at a time in this process, so that "A into B" and "B into A" cannot cross.
 */
@Injectable()
export class MergeSteps {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DeciderExecutor) private readonly executor: DeciderExecutor,
  ) {}

  serialised<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.queue.then(work);
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  async load(customerId: string): Promise<RegisteredCustomer & { revision: number }> {
    const events = await this.store.readStream(customerStream(customerId));
    const state = fold(customerMergeDecider, events as never);
    if (state.status !== 'registered') throw new NotFoundError('customer', customerId);
    return { ...state, revision: events.length - 1 };
  }

  /** If-Match names the survivor's revision; checked once, before anything is written. */
  checkIfMatch(context: CommandContext, survivor: { revision: number }): void {
    if (context.expectedRevision === undefined || context.expectedRevision === survivor.revision) return;
    throw new ProblemError(problem(412, 'stale-revision', `the entity is at revision ${survivor.revision}; read it again and retry`, { currentRevision: survivor.revision }), { etag: `"${survivor.revision}"` });
  }

  /** One step on one stream; an Idempotency-Key is narrowed per step so each stream gets ids of its own. */
  run(command: MergeCommand, context: CommandContext): Promise<CommandResult> {
    const { expectedRevision: _checkedOnce, ...rest } = context;
    const step = rest.idempotencyKey ? { ...rest, idempotencyKey: `${rest.idempotencyKey}|${command.type}|${command.customerId}` } : rest;
    return this.executor.execute({
      decider: customerMergeDecider,
      streamId: customerStream(command.customerId),
      entityId: command.customerId,
      subjectId: command.customerId,
      command,
      context: step,
    });
  }
}
