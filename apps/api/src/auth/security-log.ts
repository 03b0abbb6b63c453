import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EventStore } from '../../../../libs/event-store/event-store.port';
import { EVENT_STORE } from '../infrastructure/tokens';
import { Summary, ThrottledRecorder } from './throttled-recorder';

export interface SecurityOccurrence {
  /** `anonymous`, or the key/JWT subject the request claimed or proved. */
  actor: string;
  route: string;
  requestId: string;
  client: string;
  reason: string;
  role?: string;
}

const WINDOW_MS = 60_000;
const MAX_KEYS = 100;

/**
 * Security events in the log (`crm.security.*`, stream `security-<id>`), so the audit trail
 * shows them beside every change. Failed authentications aggregate per client address and
 * reason, denials per actor and route (see ThrottledRecorder and docs/security.md).
 */
@Injectable()
export class SecurityLog implements BeforeApplicationShutdown {
  private readonly logger = new Logger('security');
  private readonly failures = new ThrottledRecorder<SecurityOccurrence>((s) => this.append('crm.security.authentication-failed', s), { windowMs: WINDOW_MS, maxKeys: MAX_KEYS });
  private readonly denials = new ThrottledRecorder<SecurityOccurrence>((s) => this.append('crm.security.access-denied', s), { windowMs: WINDOW_MS, maxKeys: MAX_KEYS });
  private readonly timer = setInterval(() => void this.flush(), WINDOW_MS);

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {
    this.timer.unref();
  }

  authenticationFailed(occurrence: SecurityOccurrence): Promise<void> {
    return this.failures.record(`${occurrence.client}\u0000${occurrence.reason}`, occurrence);
  }

  accessDenied(occurrence: SecurityOccurrence): Promise<void> {
    return this.denials.record(`${occurrence.actor}\u0000${occurrence.route}`, occurrence);
  }

  async flush(): Promise<void> {
    await Promise.all([this.failures.flush(), this.denials.flush()]);
  }

  // Before the infrastructure closes the store.
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private async append(type: string, summary: Summary<SecurityOccurrence>): Promise<void> {
    const { occurrence, ...window } = summary;
    const { actor, requestId, ...data } = occurrence;
    try {
      const eventId = randomUUID();
      await this.store.append(`security-${eventId}`, [{
        eventId, type, schemaVersion: 1,
        data: { ...data, requestId, ...window },
        occurredAt: new Date().toISOString(),
        metadata: { actor, correlationId: requestId, source: 'api' },
      }], 'no-stream');
    } catch (error) {
      // A store that cannot take the event must not turn a 401/403 into a 500; the line still says it.
      this.logger.warn(`${type} not recorded (${(error as Error).message}): ${JSON.stringify(occurrence)}`);
    }
  }
}
