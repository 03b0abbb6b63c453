import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AccessKind, accessLogStream, PERSONAL_DATA_ACCESSED } from '../../../../libs/domain/compliance/access.events';
import { EventSource } from '../../../../libs/event-store/envelope';
import { EventStore } from '../../../../libs/event-store/event-store.port';
import { problem, ProblemError } from '../http/problem';
import { EVENT_STORE } from '../infrastructure/tokens';

export interface Access {
  actor: string;
  source: EventSource;
  requestId: string;
  kind: AccessKind;
  route: string;
  subjectIds: string[];
  parameters?: Record<string, string>;
}

/**
 * The one place that writes access records. The record is durable before the caller answers:
 * a read that was answered always has its record. The append joins the store's group commit
 * (one small event per read, whatever the number of subjects), so it costs about one shared
 * fsync; when it fails the read fails too (503) rather than answer unrecorded.
 */
@Injectable()
export class AccessRecorder {
  private readonly logger = new Logger('access-log');

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async record(access: Access): Promise<void> {
    const subjectIds = [...new Set(access.subjectIds)];
    if (subjectIds.length === 0) return;
    const at = new Date().toISOString();
    const { kind, route, requestId, parameters } = access;
    try {
      await this.store.append(accessLogStream(at), [{
        eventId: randomUUID(),
        type: PERSONAL_DATA_ACCESSED,
        schemaVersion: 1,
        ...(subjectIds.length === 1 ? { subjectId: subjectIds[0] } : {}),
        occurredAt: at,
        data: { subjectIds, kind, route, requestId, ...(parameters && Object.keys(parameters).length ? { parameters } : {}) },
        metadata: { actor: access.actor, correlationId: requestId, source: access.source },
      }], 'any');
    } catch (error) {
      this.logger.error(`could not record ${kind} by ${access.actor}: ${error instanceof Error ? error.message : String(error)}`);
      throw new ProblemError(problem(503, 'access-log-unavailable', 'the read could not be recorded in the access log; retry'), { 'retry-after': '1' });
    }
  }
}
