import { EventEnvelope, NewEvent } from '../event-store/envelope';
import { AppendResult, EventHandler, EventStore, ExpectedRevision, ReadAllOptions, Subscription } from '../event-store/event-store.port';
import { PersonalDataSealer } from './personal-data-sealer';
import { SubjectKeyStore } from './subject-keys';

/**
 * Seals every event's `personal` fields with its subject's key on the way into any event store,
 * and opens them on the way out. Events of an erased subject come back with `personal` absent
 * and `personalErased: true`; the log itself never holds personal data in plain text.
 * The feed, SSE and the Kafka relay read the inner store, so they only ever carry ciphertext.
 */
export class EncryptingEventStore implements EventStore {
  private readonly sealer: PersonalDataSealer;

  constructor(
    readonly inner: EventStore,
    keys: SubjectKeyStore,
  ) {
    this.sealer = new PersonalDataSealer(keys);
  }

  async append(streamId: string, events: NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    const sealed = await Promise.all(events.map((event) => this.sealer.seal(event)));
    const result = await this.inner.append(streamId, sealed, expectedRevision);
    // An event written now carries the very ciphertext just sealed: its plain text is the caller's,
    // no need to decrypt it again (a bulk import spent a twentieth of its time there). A repeat of
    // an earlier append comes back as stored and is opened.
    const known = result.events.map((stored, i) => {
      if (!sealed[i] || stored.personal !== sealed[i].personal) return undefined;
      return sealed[i].personal === undefined ? stored : { ...stored, personal: events[i].personal };
    });
    if (known.every((event) => event !== undefined)) return { ...result, events: known as EventEnvelope[] };
    return { ...result, events: await this.sealer.open(result.events) };
  }

  async readStream(streamId: string, fromRevision?: number): Promise<EventEnvelope[]> {
    return this.sealer.open(await this.inner.readStream(streamId, fromRevision));
  }

  async readAll(options: ReadAllOptions): Promise<EventEnvelope[]> {
    return this.sealer.open(await this.inner.readAll(options));
  }

  subscribeAll(after: number, handler: EventHandler): Subscription {
    return this.inner.subscribeAll(after, async (events) => handler(await this.sealer.open(events)));
  }

  async readAt(position: number): Promise<EventEnvelope | undefined> {
    const event = await this.inner.readAt?.(position);
    return event ? (await this.sealer.open([event]))[0] : undefined;
  }

  headPosition(): Promise<number> {
    return this.inner.headPosition();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
