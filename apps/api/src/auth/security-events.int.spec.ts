import { EventEnvelope } from '../../../../libs/event-store/envelope';
import { startTestApp, TestApp } from '../testing/test-app';
import { SecurityLog } from './security-log';

describe('security events in the audit stream', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ CRM_RATE_LIMIT_MAX: '0' });
  });
  afterAll(() => t.close());

  const securityEvents = async (after: number): Promise<EventEnvelope[]> =>
    (await t.infrastructure.eventStore.readAll({ after, limit: 10_000 })).filter((e) => e.type.startsWith('crm.security.'));

  it('records a failed authentication with route, request id and client, and folds a flood into one summary', async () => {
    await t.app.get(SecurityLog).flush();
    const head = await t.infrastructure.eventStore.headPosition();
    for (let i = 0; i < 50; i++) await t.http().get('/v1/customers').set('authorization', `Bearer guess-${i}`).set('x-request-id', `flood-${i}`).expect(401);
    expect(await securityEvents(head)).toHaveLength(1);
    await t.app.get(SecurityLog).flush();
    const events = await securityEvents(head);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      type: 'crm.security.authentication-failed',
      data: { reason: 'unknown', route: 'GET /v1/customers', requestId: 'flood-0', client: expect.any(String), count: 1, aggregated: 'first' },
      metadata: { actor: 'anonymous', correlationId: 'flood-0' },
    });
    expect(events[1].data).toMatchObject({ count: 49, aggregated: 'repeats', requestId: 'flood-49' });
  });

  it('records a role denial with the actor, its role and the route', async () => {
    const viewer = (await t.http().post('/v1/api-keys').set(t.auth).send({ role: 'viewer', name: 'curious' }).expect(201)).body;
    const head = await t.infrastructure.eventStore.headPosition();
    await t.http().post('/v1/customers').set('authorization', `Bearer ${viewer.key}`).set('x-request-id', 'deny-1').send({ kind: 'person', name: 'X' }).expect(403);
    const [denied] = await securityEvents(head);
    expect(denied).toMatchObject({
      type: 'crm.security.access-denied',
      data: { role: 'viewer', route: 'POST /v1/customers', requestId: 'deny-1', reason: 'customers.enter', count: 1 },
      metadata: { actor: `key:${viewer.id}` },
    });
  });

  it('shows security events and key creation in GET /v1/audit/events, without key hashes', async () => {
    const head = await t.infrastructure.eventStore.headPosition();
    const audit = (await t.http().get('/v1/audit/events?limit=500').set(t.auth).set('x-min-position', String(head)).expect(200)).body.items;
    const types = new Set(audit.map((e: { type: string }) => e.type));
    expect([...types]).toEqual(expect.arrayContaining(['crm.security.authentication-failed', 'crm.security.access-denied', 'crm.access.api-key-created']));
    expect(JSON.stringify(audit)).not.toContain('argon2');
  });

  it('caps a window at a hundred sources and puts the rest into one overflow summary', async () => {
    const log = t.app.get(SecurityLog);
    await log.flush();
    const head = await t.infrastructure.eventStore.headPosition();
    for (let i = 0; i < 130; i++) {
      await log.authenticationFailed({ actor: 'anonymous', reason: 'unknown', route: 'GET /v1/customers', requestId: `r${i}`, client: `10.0.${i >> 8}.${i & 255}` });
    }
    await log.flush();
    const events = await securityEvents(head);
    expect(events.filter((e) => e.data.aggregated === 'first')).toHaveLength(100);
    expect(events.filter((e) => e.data.aggregated === 'overflow').map((e) => e.data.count)).toEqual([30]);
  });
});
