import { EventEnvelope, EventMetadata } from '../../event-store/envelope';

/**
 * Builds envelopes as a store would number them: global positions from 1, revisions per stream.
 * Specs read as a story: `log.customer('c1', 'crm.customer.registered', data, personal, at)`.
 */
export class EnvelopeLog {
  private position = 0;
  private readonly revisions = new Map<string, number>();
  private ids = 0;

  constructor(private readonly metadata: EventMetadata = { actor: 'key-1', correlationId: 'corr-1', source: 'api' }) {}

  event(streamId: string, type: string, data: Record<string, unknown>, personal: Record<string, unknown> | undefined, occurredAt: string): EventEnvelope {
    const revision = (this.revisions.get(streamId) ?? -1) + 1;
    this.revisions.set(streamId, revision);
    this.position++;
    const subjectId = typeof data.customerId === 'string' ? data.customerId : undefined;
    return {
      eventId: `evt-${++this.ids}`, type, schemaVersion: 1, data, ...(personal ? { personal } : {}), subjectId, occurredAt,
      metadata: this.metadata, streamId, revision, position: this.position, recordedAt: `2024-06-01T00:00:${String(this.position % 60).padStart(2, '0')}.000Z`,
    };
  }

  customer(customerId: string, type: string, data: Record<string, unknown>, personal: Record<string, unknown> | undefined, occurredAt: string): EventEnvelope {
    return this.event(`customer-${customerId}`, `crm.customer.${type}`, { customerId, ...data }, personal, occurredAt);
  }

  interaction(interactionId: string, customerId: string, channel: string, occurredAt: string, subject?: string): EventEnvelope {
    return this.event(`interaction-${interactionId}`, 'crm.interaction.recorded',
      { interactionId, customerId, channel, direction: 'inbound' }, subject ? { subject } : {}, occurredAt);
  }
}
