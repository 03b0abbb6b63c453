import { ADMIN_KEY, startTestApp, TestApp } from '../testing/test-app';

describe('API keys: format, hashing, listing, revocation, bootstrap', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ CRM_RATE_LIMIT_MAX: '0' });
  });
  afterAll(() => t.close());
  const as = (key: string) => ({ authorization: `Bearer ${key}` });

  it('hands out keys that carry their id and stores only an argon2id hash of them', async () => {
    const created = (await t.http().post('/v1/api-keys').set(t.auth).send({ role: 'viewer', name: 'format' }).expect(201)).body;
    expect(created.key).toMatch(new RegExp(`^crm_${created.id}_[A-Za-z0-9_-]{43}$`));
    const [event] = await t.infrastructure.eventStore.readStream(`api-key-${created.id}`);
    expect(String(event.data.secretHash)).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('lists keys with role, name, partner and dates but never a secret or a hash', async () => {
    await t.http().post('/v1/api-keys').set(t.auth).send({ role: 'analyst', name: 'listed' }).expect(201);
    const page = (await t.http().get('/v1/api-keys?limit=500').set(t.auth).expect(200)).body;
    expect(page.items.find((k: { name: string }) => k.name === 'listed')).toMatchObject({ role: 'analyst', partnerId: null, createdAt: expect.any(String), revokedAt: null });
    expect(JSON.stringify(page)).not.toMatch(/secretHash|argon2|crm_[0-9a-f-]{36}_/);
  });

  it('refuses a known key id with a wrong secret, and a revoked key even while it is cached', async () => {
    const created = (await t.http().post('/v1/api-keys').set(t.auth).send({ role: 'viewer', name: 'cached' }).expect(201)).body;
    await t.http().get('/v1/customers').set(as(created.key)).expect(200); // now verified and cached
    await t.http().get('/v1/customers').set(as(`crm_${created.id}_${'A'.repeat(43)}`)).expect(401);
    await t.http().delete(`/v1/api-keys/${created.id}`).set(t.auth).expect(200);
    await t.http().get('/v1/customers').set(as(created.key)).expect(401);
  });

  it('sees a revocation written by another process on the next request once its event reached this one (the key cache is dropped by event)', async () => {
    const created = (await t.http().post('/v1/api-keys').set(t.auth).send({ role: 'viewer', name: 'elsewhere' }).expect(201)).body;
    await t.http().get('/v1/customers').set(as(created.key)).expect(200);
    // Another process appends the revocation to the shared log; this one only sees it through its read model.
    const appended = await t.infrastructure.eventStore.append(`api-key-${created.id}`, [{
      eventId: '7d1c2b7a-0d7e-4c44-9a53-1f6c9b1d2e3f', type: 'crm.access.api-key-revoked', schemaVersion: 1, data: { keyId: created.id },
      subjectId: created.id, occurredAt: new Date().toISOString(), metadata: { actor: 'cli:ops', correlationId: 'x', source: 'cli' },
    }], 0);
    await t.infrastructure.positions.waitForPosition(appended.position, 5000);
    await t.http().get('/v1/customers').set(as(created.key)).expect(401);
  });

  it('stops running argon2 for a key id after ten wrong secrets in a minute, but keeps the verified key working', async () => {
    const created = (await t.http().post('/v1/api-keys').set(t.auth).send({ role: 'viewer', name: 'hammered' }).expect(201)).body;
    await t.http().get('/v1/customers').set(as(created.key)).expect(200);
    for (let i = 0; i < 12; i++) await t.http().get('/v1/customers').set(as(`crm_${created.id}_${String(i).padStart(43, 'x')}`)).expect(401);
    await t.http().get('/v1/customers').set(as(created.key)).expect(200);
  });

  it('keeps accepting the operator-chosen bootstrap key (no id inside) and refuses near misses', async () => {
    await t.http().get('/v1/api-keys').set(as(ADMIN_KEY)).expect(200);
    await t.http().get('/v1/api-keys').set(as(`${ADMIN_KEY}x`)).expect(401);
    await t.http().get('/v1/api-keys').set(as('not-a-key')).expect(401);
  });

  it('refuses a partner key for a partner that does not exist', async () => {
    await t.http().post('/v1/api-keys').set(t.auth).send({ role: 'partner', name: 'ghost', partnerId: '0b6f3c1e-6a7d-4e0f-9a41-5d2c7b8e9f10' }).expect(422);
  });
});
