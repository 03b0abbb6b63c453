import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Decider, fold } from '../../../../libs/domain/shared/decider';
import { DomainEvent, EventEnvelope, NewEvent } from '../../../../libs/event-store/envelope';
import { EventStore } from '../../../../libs/event-store/event-store.port';
import { WrongExpectedRevisionError } from '../../../../libs/event-store/errors';
import { problem, ProblemError } from '../http/problem';
import { toProblem } from '../http/problem.filter';
import { commandsTotal } from '../../../../libs/observability/metrics';
import { currentTraceparent, inSpan } from '../../../../libs/observability/tracing';
import { EVENT_STORE } from '../infrastructure/tokens';
import { CommandContext, CommandResult } from './command-context';
import { deterministicId } from './deterministic-id';

export interface Execution<C, S, E extends DomainEvent> {
  decider: Decider<C, S, E>;
  streamId: string;
  /** The entity id answered to the client. */
  entityId: string;
  subjectId: string;
  command: C;
  context: CommandContext;
}

const MAX_ATTEMPTS = 25;

/** Load → decide → append, retrying on a revision conflict unless the client sent If-Match. */
@Injectable()
export class DeciderExecutor {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** One span and one `crm_commands_total` sample per command, whatever its outcome. */
  async execute<C, S, E extends DomainEvent>(execution: Execution<C, S, E>): Promise<CommandResult> {
    const type = commandType(execution.command);
    return inSpan(`command ${type}`, { attributes: { 'crm.command': type, 'crm.stream_id': execution.streamId } }, async (span) => {
      try {
        const result = await this.decideAndAppend(execution);
        const outcome = result.written ? 'written' : result.events.length ? 'repeated' : 'unchanged';
        commandsTotal.inc({ type, outcome });
        span.setAttributes({ 'crm.command_outcome': outcome, 'crm.position': result.position });
        return result;
      } catch (error) {
        const outcome = toProblem(error).body.status < 500 ? 'rejected' : 'failed';
        commandsTotal.inc({ type, outcome });
        span.setAttribute('crm.command_outcome', outcome);
        throw error;
      }
    });
  }

  private async decideAndAppend<C, S, E extends DomainEvent>(execution: Execution<C, S, E>): Promise<CommandResult> {
    for (let attempt = 1; ; attempt++) {
      const history = await this.store.readStream(execution.streamId);
      const repeat = this.findRepeat(history, execution);
      if (repeat) return repeat;
      const revision = history.length - 1;
      const { expectedRevision } = execution.context;
      if (expectedRevision !== undefined && expectedRevision !== revision) throw stale(revision);
      const decided = execution.decider.decide(execution.command, fold(execution.decider, history as unknown as E[]), {
        now: execution.context.occurredAt,
        newId: randomUUID,
      });
      if (decided.length === 0) {
        return { id: execution.entityId, revision, position: history.at(-1)?.position ?? 0, written: false, events: [] };
      }
      try {
        const result = await this.store.append(
          execution.streamId,
          decided.map((event, index) => this.envelope(event, index, execution)),
          revision < 0 ? 'no-stream' : revision,
        );
        return { id: execution.entityId, revision: result.revision, position: result.position, written: true, events: result.events };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        if (expectedRevision !== undefined) throw stale(error.actual);
        if (attempt >= MAX_ATTEMPTS) {
          throw new ProblemError(problem(409, 'contention', 'too many concurrent changes; retry the command'));
        }
      }
    }
  }

  private envelope<E extends DomainEvent>(event: E, index: number, execution: Execution<unknown, unknown, E>): NewEvent {
    const { context } = execution;
    const traceparent = currentTraceparent();
    return {
      eventId: context.idempotencyKey ? deterministicId(context.actor, context.idempotencyKey, String(index)) : randomUUID(),
      type: event.type,
      schemaVersion: event.schemaVersion ?? 1,
      data: event.data as Record<string, unknown>,
      ...(event.personal && Object.keys(event.personal).length ? { personal: event.personal } : {}),
      subjectId: execution.subjectId,
      occurredAt: context.occurredAt,
      metadata: {
        actor: context.actor,
        correlationId: context.correlationId,
        source: context.source,
        ...(context.idempotencyKey ? { idempotencyKey: context.idempotencyKey, requestHash: context.requestHash } : {}),
        ...(traceparent && { traceparent }),
      },
    };
  }

  /** A command repeated with the same Idempotency-Key answers what the first one answered. */
  private findRepeat(history: EventEnvelope[], execution: Execution<unknown, unknown, DomainEvent>): CommandResult | undefined {
    const { idempotencyKey, actor, requestHash } = execution.context;
    if (!idempotencyKey) return undefined;
    const firstId = deterministicId(actor, idempotencyKey, '0');
    const start = history.findIndex((event) => event.eventId === firstId);
    if (start < 0) return undefined;
    if (history[start].metadata.requestHash !== requestHash) {
      throw new ProblemError(problem(422, 'idempotency-key-reused', 'this Idempotency-Key was used with another request'));
    }
    const events = [history[start]];
    for (const event of history.slice(start + 1)) {
      if (event.metadata.idempotencyKey !== idempotencyKey || event.metadata.actor !== actor) break;
      events.push(event);
    }
    const last = events[events.length - 1];
    return { id: execution.entityId, revision: last.revision, position: last.position, written: false, events };
  }
}

function commandType(command: unknown): string {
  const type = (command as { type?: unknown } | null)?.type;
  return typeof type === 'string' && /^\w{1,64}$/.test(type) ? type : 'unknown';
}

function stale(actual: number): ProblemError {
  return new ProblemError(
    problem(412, 'stale-revision', `the entity is at revision ${actual}; read it again and retry`, { currentRevision: actual }),
    { etag: `"${actual}"` },
  );
}
