import { randomUUID } from 'node:crypto';
import { NewEvent } from '../../event-store/envelope';
import { EventStore } from '../../event-store/event-store.port';

/**
 * Appends `perCustomer` events to each of `customers` customer streams, interleaved like real
 * traffic. One round's appends run concurrently (one group commit in the SQLite store).
 */
export async function appendCustomerEvents(store: EventStore, customers: number, perCustomer: number, prefix = 'cus'): Promise<void> {
  for (let n = 0; n < perCustomer; n++) {
    await Promise.all(
      Array.from({ length: customers }, (_, c) => {
        const subjectId = `${prefix}_${c}`;
        return store.append(`customer-${subjectId}`, [sampleEvent(subjectId, n)], 'any');
      }),
    );
  }
}

export function sampleEvent(subjectId: string, n: number): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'crm.interaction.logged',
    schemaVersion: 1,
    subjectId,
    data: { channel: 'email', direction: 'inbound', n },
    personal: { summary: `message ${n} from ${subjectId}` },
    occurredAt: new Date(Date.UTC(2024, 2, 3, 9, 0, n)).toISOString(),
    metadata: { actor: 'key_test', correlationId: randomUUID(), source: 'api' },
  };
}
