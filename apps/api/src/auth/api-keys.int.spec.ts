import { startTestApp, TestApp } from '../testing/test-app';

describe('API keys', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('creates a key whose secret is answered once and works on the next request', async () => {
    const created = await t.http().post('/v1/api-keys').set(t.auth).send({ role: 'editor', name: 'import job' }).expect(201);
    expect(created.body).toMatchObject({ id: expect.any(String), key: expect.stringMatching(/^crm_/), role: 'editor' });
    await t.http().get('/v1/customers').set('authorization', `Bearer ${created.body.key}`).expect(200);
  });

  it('records the key as the actor of the events its commands write', async () => {
    const created = await t.http().post('/v1/api-keys').set(t.auth).send({ role: 'agent', name: 'call centre' }).expect(201);
    const customer = await t.http().post('/v1/customers').set('authorization', `Bearer ${created.body.key}`).send({ kind: 'person', name: 'Actor Test' }).expect(201);
    const [event] = await t.infrastructure.eventStore.readStream(`customer-${customer.body.id}`);
    expect(event.metadata.actor).toBe(`key:${created.body.id}`);
  });

  it('stores only a hash of the secret', async () => {
    const created = await t.http().post('/v1/api-keys').set(t.auth).send({ role: 'viewer', name: 'hash check' }).expect(201);
    const log = JSON.stringify(await t.infrastructure.eventStore.readAll({ after: 0, limit: 10_000 }));
    expect(log).not.toContain(created.body.key);
  });

  it('revokes a key so that the very next request is refused', async () => {
    const created = await t.http().post('/v1/api-keys').set(t.auth).send({ role: 'viewer', name: 'short-lived' }).expect(201);
    await t.http().delete(`/v1/api-keys/${created.body.id}`).set(t.auth).expect(200);
    await t.http().get('/v1/customers').set('authorization', `Bearer ${created.body.key}`).expect(401);
  });

  it('lets only an admin create keys', async () => {
    const viewer = await t.http().post('/v1/api-keys').set(t.auth).send({ role: 'viewer', name: 'no minting' }).expect(201);
    await t.http().post('/v1/api-keys').set('authorization', `Bearer ${viewer.body.key}`).send({ role: 'admin', name: 'escalate' }).expect(403);
  });

  it('refuses an unknown role and a partner key without a partner', async () => {
    await t.http().post('/v1/api-keys').set(t.auth).send({ role: 'root', name: 'x' }).expect(400);
    await t.http().post('/v1/api-keys').set(t.auth).send({ role: 'partner', name: 'x' }).expect(422);
  });
});
