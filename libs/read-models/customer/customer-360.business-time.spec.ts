import { EventEnvelope } from '../../event-store/envelope';
import { Doc } from '../document-store.port';
import { EnvelopeLog } from '../testing/event-fixtures';
import { given } from '../testing/projection-spec';
import { customer360Projection } from './customer-360.projection';

/** The events folded in business-time order without the runner's position guard, as GET /v1/customers/{id}?asOf= does. */
function foldInBusinessOrder(events: EventEnvelope[]): Doc | null {
  const sorted = [...events].sort((a, b) => (a.occurredAt === b.occurredAt ? a.position - b.position : a.occurredAt < b.occurredAt ? -1 : 1));
  return sorted.reduce<Doc | null>((doc, event) => ({ ...customer360Projection.evolve(doc, event, 'c1')!, _position: event.position }) as Doc, null);
}

describe('customer-360 with back-dated corrections', () => {
  const log = new EnvelopeLog();
  const events = [
    log.customer('c1', 'registered', { kind: 'person', country: 'FR' }, { name: 'Jon Smyth', contactPoints: [], addresses: [], externalRefs: [] }, '2026-03-01T09:00:00.000Z'),
    log.customer('c1', 'profile-changed', { country: 'BE' }, {}, '2026-03-03T10:00:00.000Z'),
    log.customer('c1', 'consent-withdrawn', { purpose: 'marketing', channel: 'email' }, undefined, '2026-03-04T00:00:00.000Z'),
    // Recorded later, about 1 and 2 March.
    log.customer('c1', 'profile-changed', { country: 'DE' }, { name: 'John Smith' }, '2026-03-01T12:00:00.000Z'),
    log.customer('c1', 'consent-granted', { purpose: 'marketing', channel: 'email' }, undefined, '2026-03-02T00:00:00.000Z'),
  ];

  it('lets a correction about the past set what nothing later set, and nothing more', () => {
    const doc = given(customer360Projection, events).get('c1')!;
    expect(doc).toMatchObject({ name: 'John Smith', country: 'BE', revision: 4, updatedAt: '2026-03-04T00:00:00.000Z' });
    expect(doc.consents).toEqual([expect.objectContaining({ key: 'marketing:email', granted: false, at: '2026-03-04T00:00:00.000Z' })]);
  });

  it('ends with the same document whether events arrive in log order or in business-time order', () => {
    const { _position: _a, ...live } = given(customer360Projection, events).get('c1')!;
    const { _position: _b, ...asOf } = foldInBusinessOrder(events)!;
    expect(asOf).toEqual(live);
  });
});
