import { startTestApp, TestApp } from '../testing/test-app';

describe('consent proof for outbound contacts', () => {
  let t: TestApp;
  let id: string;
  const contact = (body: Record<string, unknown>) => t.http().post(`/v1/customers/${id}/interactions`).set(t.auth).send({ direction: 'outbound', ...body });
  const consentAt = async (query: string, status = 200) =>
    (await t.http().get(`/v1/customers/${id}/consents/at?${query}`).set(t.auth).set('X-Min-Position', String(await t.infrastructure.eventStore.headPosition())).expect(status)).body;
  const recorded = async (interactionId: string) => (await t.infrastructure.eventStore.readStream(`interaction-${interactionId}`))[0].data;

  beforeAll(async () => {
    t = await startTestApp();
    id = (await t.http().post('/v1/customers').set(t.auth).send({ kind: 'person', name: 'Mina Okafor', emails: ['mina@example.ng'], country: 'NG', occurredAt: '2026-03-01T08:00:00Z' }).expect(201)).body.id;
    await t.http().post(`/v1/customers/${id}/consents`).set(t.auth).send({ purpose: 'marketing', channel: 'email', granted: true, source: 'shop signup', occurredAt: '2026-03-02T08:00:00Z' }).expect(200);
  });
  afterAll(() => t.close());

  it('records the consent in force with an outbound email made under it', async () => {
    const sent = await contact({ channel: 'email', subject: 'Spring offers', occurredAt: '2026-03-03T09:00:00Z' }).expect(201);
    expect((await recorded(sent.body.id)).consent).toEqual({ purpose: 'marketing', channel: 'email', granted: true, grantedAt: '2026-03-02T08:00:00.000Z', basis: 'consent' });
  });

  it('refuses an outbound contact on a channel without consent with 409', async () => {
    const refused = await contact({ channel: 'sms', subject: 'Spring offers', occurredAt: '2026-03-03T09:00:00Z' }).expect(409);
    expect(refused.body.detail).toContain('no consent for marketing on sms');
    // Chat has no consent channel of its own: only consent for every channel would cover it.
    await contact({ channel: 'chat', occurredAt: '2026-03-03T09:00:00Z' }).expect(409);
    await contact({ channel: 'email', occurredAt: '2026-03-01T09:00:00Z' }).expect(409);
  });

  it('sends a legal or service message without consent and keeps the proof that there was none', async () => {
    const sent = await contact({ channel: 'sms', basis: 'legal', purpose: 'marketing', subject: 'Terms change', occurredAt: '2026-03-03T10:00:00Z' }).expect(201);
    expect((await recorded(sent.body.id)).consent).toEqual({ purpose: 'marketing', channel: 'sms', granted: false, grantedAt: null, basis: 'legal' });
    const service = await contact({ channel: 'phone', basis: 'service', occurredAt: '2026-03-03T10:00:00Z' }).expect(201);
    expect((await recorded(service.body.id)).consent).toMatchObject({ purpose: 'service', channel: 'phone', granted: false, basis: 'service' });
  });

  it('answers whether we had consent when we contacted them, with the deciding record and the contact', async () => {
    const then = await consentAt('purpose=marketing&channel=email&at=2026-03-03T09:00:00Z');
    expect(then).toMatchObject({ customerId: id, granted: true, grantedAt: '2026-03-02T08:00:00.000Z', decidedBy: { channel: 'email', source: 'shop signup' } });
    expect(then.contacts).toEqual([expect.objectContaining({ channel: 'email', consent: expect.objectContaining({ granted: true }) })]);
    expect(await consentAt('purpose=marketing&channel=email&at=2026-03-02T07:59:59Z')).toMatchObject({ granted: false, decidedBy: null, contacts: [] });
  });

  it('refuses contacts after a withdrawal and proves the withdrawal', async () => {
    await t.http().post(`/v1/customers/${id}/consents`).set(t.auth).send({ purpose: 'marketing', channel: 'any', granted: false, occurredAt: '2026-03-05T08:00:00Z' }).expect(200);
    await contact({ channel: 'email', occurredAt: '2026-03-06T09:00:00Z' }).expect(409);
    expect(await consentAt('purpose=marketing&channel=email&at=2026-03-06T09:00:00Z')).toMatchObject({ granted: false, decidedBy: { channel: 'any', granted: false } });
    expect((await consentAt('purpose=marketing&channel=email&at=2026-03-03T09:00:00Z')).granted).toBe(true);
  });

  it('refuses malformed questions and unknown customers', async () => {
    await consentAt('purpose=marketing&channel=fax&at=2026-03-03T09:00:00Z', 422);
    await consentAt('purpose=marketing&channel=email&at=next-tuesday-at-noon', 422);
    await consentAt('purpose=marketing&channel=email', 400);
    await t.http().get('/v1/customers/00000000-0000-4000-8000-000000000000/consents/at?purpose=marketing&channel=email&at=2026-03-03T09:00:00Z').set(t.auth).expect(404);
  });

  it('documents the consent proof in OpenAPI', async () => {
    const doc = (await t.http().get('/docs-json').expect(200)).body;
    const operation = doc.paths['/v1/customers/{id}/consents/at'].get;
    expect(operation.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['purpose', 'channel', 'at', 'knownAt']));
  });
});
