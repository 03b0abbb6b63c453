import { startTestApp, TestApp } from '../testing/test-app';

describe('reading customers: search, history, timeline, time travel', () => {
  let t: TestApp;
  let id: string;
  let position: number;
  beforeAll(async () => {
    t = await startTestApp();
    const created = await t.http().post('/v1/customers').set(t.auth)
      .send({ kind: 'person', name: 'Jean Dupont', emails: ['jean@example.fr'], phones: ['06 12 34 56 78'], country: 'FR', occurredAt: '2026-03-01T09:00:00+01:00' })
      .expect(201);
    id = created.body.id;
    await t.http().post(`/v1/customers/${id}/consents`).set(t.auth)
      .send({ purpose: 'marketing', channel: 'email', granted: true, source: 'web-form', occurredAt: '2026-03-02T10:00:00+01:00' }).expect(200);
    await t.http().post(`/v1/customers/${id}/interactions`).set(t.auth)
      .send({ channel: 'phone', direction: 'inbound', subject: 'Livraison', occurredAt: '2026-03-04T11:00:00+01:00' }).expect(201);
    const moved = await t.http().patch(`/v1/customers/${id}`).set(t.auth).send({ country: 'BE', occurredAt: '2026-03-05T08:00:00+01:00' }).expect(200);
    position = moved.body.position;
    for (let i = 0; i < 3; i++) {
      await t.http().post('/v1/customers').set(t.auth).send({ kind: 'person', name: `Jean Martin ${i}`, country: 'FR' }).expect(201);
    }
    position = await t.infrastructure.eventStore.headPosition();
  });
  afterAll(() => t.close());

  const read = (path: string) => t.http().get(path).set(t.auth).set('X-Min-Position', String(position));

  it('shows consents, recent interactions and per-channel counts in the 360° view', async () => {
    const view = (await read(`/v1/customers/${id}`).expect(200)).body;
    expect(view.country).toBe('BE');
    expect(view.phones).toEqual(['+33612345678']);
    expect(JSON.stringify(view.consents)).toContain('marketing');
    expect(view.interactions.recent[0]).toMatchObject({ channel: 'phone', subject: 'Livraison' });
    expect(view.interactions.countsByChannel).toEqual({ phone: 1 });
  });

  it('finds customers by email, by phone in local format, and by words of the name, page by page', async () => {
    expect((await read('/v1/customers?email=JEAN@example.fr').expect(200)).body.items.map((c: { customerId: string }) => c.customerId)).toEqual([id]);
    expect((await read('/v1/customers?phone=06%2012%2034%2056%2078&country=FR').expect(200)).body.items).toHaveLength(0);
    expect((await read('/v1/customers?phone=%2B33612345678').expect(200)).body.items).toHaveLength(1);
    const first = (await read('/v1/customers?q=jean&limit=2').expect(200)).body;
    expect(first.items).toHaveLength(2);
    const second = (await read(`/v1/customers?q=jean&limit=2&cursor=${first.nextCursor}`).expect(200)).body;
    expect(second.items).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
    const all = [...first.items, ...second.items].map((c: { customerId: string }) => c.customerId);
    expect(new Set(all).size).toBe(4);
  });

  it('lists the audit history with actor, source, both clocks and changed fields', async () => {
    const history = (await read(`/v1/customers/${id}/history`).expect(200)).body.items;
    expect(history.map((e: { type: string }) => e.type)).toEqual([
      'crm.customer.registered',
      'crm.customer.consent-granted',
      'crm.interaction.recorded',
      'crm.customer.profile-changed',
    ]);
    expect(history[3]).toMatchObject({ actor: expect.stringMatching(/^key:/), source: 'api', occurredAt: '2026-03-05T07:00:00.000Z', recordedAt: expect.any(String) });
    expect(JSON.stringify(history[3].changes)).toContain('BE');
  });

  it('orders the timeline by business time even when facts were recorded out of order', async () => {
    await t.http().post(`/v1/customers/${id}/interactions`).set(t.auth)
      .send({ channel: 'email', direction: 'outbound', basis: 'service', subject: 'Back-dated', occurredAt: '2026-03-01T12:00:00+01:00' }).expect(201);
    const head = await t.infrastructure.eventStore.headPosition();
    const timeline = (await t.http().get(`/v1/customers/${id}/timeline`).set(t.auth).set('X-Min-Position', String(head)).expect(200)).body.items;
    const times = timeline.map((e: { occurredAt: string }) => e.occurredAt);
    expect(times).toEqual([...times].sort());
    expect(timeline[1].type).toBe('crm.interaction.recorded');
  });

  it('answers the view as of a business time and as known at a system time', async () => {
    const asOf = (await read(`/v1/customers/${id}?asOf=2026-03-03T00:00:00Z`).expect(200)).body;
    expect(asOf.country).toBe('FR');
    expect(asOf.interactions.countsByChannel.phone ?? 0).toBe(0);
    const knownAt = (await read(`/v1/customers/${id}?knownAt=2000-01-01T00:00:00Z`).expect(404)).body;
    expect(knownAt.status).toBe(404);
    await read(`/v1/customers/${id}?asOf=yesterday-at-noon`).expect(422);
  });
});
