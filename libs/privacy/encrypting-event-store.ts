import { EventEnvelope, NewEvent } from '../event-store/envelope';
import { AppendResult, EventHandler, EventStore, ExpectedRevision, ReadAllOptions, Subscription } from '../event-store/event-store.port';
import { isSealed, seal, unseal } from './personal-cipher';
import { SubjectKeyStore } from './subject-keys';

/**
 * Seals every event's `personal` fields with its subject's key on the way into any event store,
 * and opens them on the way out. Events of an erased subject come back with `personal` absent
 * and `personalErased: true`; the log itself never holds personal data in plain text.
 * The feed, SSE and the Kafka relay read the inner store, so they only ever carry ciphertext.
 */
export class EncryptingEventStore implements EventStore {
  constructor(
    readonly inner: EventStore,
    private readonly keys: SubjectKeyStore,
  ) {}

  async append(streamId: string, events: NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    const sealed = await Promise.all(events.map((event) => this.sealEvent(event)));
    const result = await this.inner.append(streamId, sealed, expectedRevision);
    return { ...result, events: await this.open(result.events) };
  }

  async readStream(streamId: string, fromRevision?: number): Promise<EventEnvelope[]> {
    return this.open(await this.inner.readStream(streamId, fromRevision));
  }

  async readAll(options: ReadAllOptions): Promise<EventEnvelope[]> {
    return this.open(await this.inner.readAll(options));
  }

  subscribeAll(after: number, handler: EventHandler): Subscription {
    return this.inner.subscribeAll(after, async (events) => handler(await this.open(events)));
  }

  headPosition(): Promise<number> {
    return this.inner.headPosition();
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private async sealEvent(event: NewEvent): Promise<NewEvent> {
    if (!event.personal || Object.keys(event.personal).length === 0) return event;
    if (!event.subjectId) throw new Error(`event ${event.type} has personal fields but no subject to seal them for`);
    const key = await this.keys.keyFor(event.subjectId);
    // An erased subject gets no new personal data: the fields are dropped, the fact is kept.
    if (!key) {
      const { personal: _dropped, ...rest } = event;
      return rest;
    }
    return { ...event, personal: seal(event.personal, key, event.eventId) as unknown as Record<string, unknown> };
  }

  private async open(events: EventEnvelope[]): Promise<EventEnvelope[]> {
    return Promise.all(events.map((event) => this.openEvent(event)));
  }

  private async openEvent(event: EventEnvelope): Promise<EventEnvelope> {
    if (!isSealed(event.personal) || !event.subjectId) return event;
    const found = await this.keys.find(event.subjectId);
    if (found.state !== 'active') {
      const { personal: _unreadable, ...rest } = event;
      return { ...rest, personalErased: true };
    }
    return { ...event, personal: unseal(event.personal, found.key, event.eventId) };
  }
}
