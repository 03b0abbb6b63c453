import { EnvelopeLog } from '../testing/event-fixtures';
import { given } from '../testing/projection-spec';
import { customerHistoryProjection } from './customer-history.projection';

describe('customer-history projection', () => {
  const log = new EnvelopeLog({ actor: 'key-42', correlationId: 'req-7', source: 'import' });
  const events = [
    log.customer('c1', 'registered', { kind: 'person' }, { name: 'Ana', contactPoints: [], addresses: [], externalRefs: [] }, '2024-05-02T00:00:00.000Z'),
    log.interaction('i1', 'c1', 'phone', '2024-05-01T00:00:00.000Z', 'back-dated call'),
    log.customer('c1', 'profile-changed', { country: 'PT' }, {}, '2024-05-03T00:00:00.000Z'),
  ];

  it('writes one entry per event with who, when (both clocks) and what changed', () => {
    const docs = given(customerHistoryProjection, events);
    expect(docs.get('evt-3')).toEqual({
      _id: 'evt-3', _position: 3, customerId: 'c1', position: 3, revision: 1, streamId: 'customer-c1', type: 'crm.customer.profile-changed',
      occurredAt: '2024-05-03T00:00:00.000Z', recordedAt: events[2].recordedAt, actor: 'key-42', source: 'import', correlationId: 'req-7',
      changes: { country: 'PT' }, personalFields: [],
    });
    expect(docs.get('evt-2')).toMatchObject({ customerId: 'c1', streamId: 'interaction-i1',
      changes: { interactionId: 'i1', channel: 'phone', direction: 'inbound' }, personalFields: ['subject'] });
    expect(JSON.stringify(docs.get('evt-2'))).not.toContain('back-dated call');
  });

  it('covers the customer\'s own and interaction events, both orderable for history and timeline', () => {
    const docs = [...given(customerHistoryProjection, events).values()];
    expect(docs.sort((a, b) => Number(a.position) - Number(b.position)).map((d) => d._id)).toEqual(['evt-1', 'evt-2', 'evt-3']);
    expect(docs.sort((a, b) => String(a.occurredAt).localeCompare(String(b.occurredAt))).map((d) => d._id)).toEqual(['evt-2', 'evt-1', 'evt-3']);
  });

  it('ends with the same entries when the same events are replayed', () => {
    expect(given(customerHistoryProjection, [...events, ...events])).toEqual(given(customerHistoryProjection, events));
  });
});
