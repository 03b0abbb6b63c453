import { EnvelopeLog } from '../testing/event-fixtures';
import { given } from '../testing/projection-spec';
import { accessLogProjection } from './access-log.projection';
import { auditProjection } from './audit.projection';

describe('compliance read models', () => {
  const log = new EnvelopeLog({ actor: 'key:alice', correlationId: 'req-1', source: 'api' });
  const registered = log.customer('c1', 'registered', { kind: 'person' }, { name: 'Ana' }, '2026-03-01T00:00:00.000Z');
  const search = log.event('access-log-2026-03-06', 'crm.compliance.personal-data-accessed',
    { subjectIds: ['c1', 'c2', 'c1'], kind: 'customer.search', route: 'GET /v1/customers', requestId: 'req-9' }, undefined, '2026-03-06T10:00:00.000Z');
  const keyCreated = log.event('api-key-k1', 'crm.access.api-key-created',
    { keyId: 'k1', role: 'viewer', name: 'reporting', secretHash: 'sha256:abc' }, undefined, '2026-03-02T00:00:00.000Z');
  const events = [registered, search, keyCreated];

  it('writes one access-log entry per subject a read returned, stamped with the system time', () => {
    const docs = given(accessLogProjection, events);
    expect([...docs.keys()]).toEqual([`${search.eventId}:c1`, `${search.eventId}:c2`]);
    expect(docs.get(`${search.eventId}:c2`)).toMatchObject({
      subjectId: 'c2', actor: 'key:alice', kind: 'customer.search', route: 'GET /v1/customers', requestId: 'req-9', at: search.recordedAt,
    });
  });

  it('audits every change with its actor, leaving reads and secret hashes out', () => {
    const docs = given(auditProjection, events);
    expect([...docs.keys()]).toEqual([registered.eventId, keyCreated.eventId]);
    expect(docs.get(registered.eventId)).toMatchObject({ actor: 'key:alice', type: 'crm.customer.registered', subjectId: 'c1', personalFields: ['name'] });
    expect(JSON.stringify(docs.get(registered.eventId))).not.toContain('Ana');
    expect(docs.get(keyCreated.eventId)?.changes).toEqual({ keyId: 'k1', role: 'viewer', name: 'reporting' });
  });

  it('ends with the same entries when the same events are replayed', () => {
    expect(given(accessLogProjection, [...events, ...events])).toEqual(given(accessLogProjection, events));
    expect(given(auditProjection, [...events, ...events])).toEqual(given(auditProjection, events));
  });
});
