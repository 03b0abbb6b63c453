import { EventEnvelope, NewEvent } from '../event-store/envelope';
import { isSealed, seal, unseal } from './personal-cipher';
import { unclassifiedPersonalFields } from './personal-data-inventory';
import { SubjectKeyStore } from './subject-keys';

/**
 * Seals an event's `personal` fields with its subject's key and opens them again. Shared by the
 * EncryptingEventStore (the API's log) and the Kafka projector (events that arrive sealed from
 * the topic), so both read personal data exactly the same way, erasure included.
 */
export class PersonalDataSealer {
  constructor(private readonly keys: SubjectKeyStore) {}

  async seal(event: NewEvent): Promise<NewEvent> {
    if (!event.personal || Object.keys(event.personal).length === 0) return event;
    if (!event.subjectId) throw new Error(`event ${event.type} has personal fields but no subject to seal them for`);
    // What the inventory does not know, erasure, export and redaction would not know either.
    const unclassified = unclassifiedPersonalFields(event.type, event.personal);
    if (unclassified.length) throw new Error(`event ${event.type} has personal fields the inventory does not classify: ${unclassified.join(', ')}`);
    const key = await this.keys.keyFor(event.subjectId);
    // An erased subject gets no new personal data: the fields are dropped, the fact is kept.
    if (!key) {
      const { personal: _dropped, ...rest } = event;
      return rest;
    }
    return { ...event, personal: seal(event.personal, key, event.eventId) as unknown as Record<string, unknown> };
  }

  /** Events of an erased subject come back with `personal` absent and `personalErased: true`. */
  async open(events: EventEnvelope[]): Promise<EventEnvelope[]> {
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
