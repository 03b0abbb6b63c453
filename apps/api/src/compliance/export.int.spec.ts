import { startTestApp, TestApp } from '../testing/test-app';

describe('subject export (right of access)', () => {
  let t: TestApp;
  let id: string;
  const head = async () => String(await t.infrastructure.eventStore.headPosition());
  const exportOf = async (subjectId: string, status = 200) =>
    (await t.http().get(`/v1/compliance/subjects/${subjectId}/export`).set(t.auth).set('X-Min-Position', await head()).expect(status)).body;

  beforeAll(async () => {
    t = await startTestApp();
    id = (await t.http().post('/v1/customers').set(t.auth)
      .send({ kind: 'person', name: 'Aiko Tanaka 田中愛子', emails: ['aiko@example.jp'], phones: ['+81 90-1234-5678'], country: 'JP', occurredAt: '2026-03-01T09:00:00+09:00' }).expect(201)).body.id;
    await t.http().post(`/v1/customers/${id}/consents`).set(t.auth).send({ purpose: 'marketing', channel: 'email', granted: true, occurredAt: '2026-03-02T09:00:00+09:00' }).expect(200);
    await t.http().post(`/v1/customers/${id}/interactions`).set(t.auth)
      .send({ channel: 'email', direction: 'outbound', subject: '春のご案内', summary: 'Sent the spring catalogue.', occurredAt: '2026-03-03T09:00:00+09:00' }).expect(201);
    await t.http().get(`/v1/customers/${id}`).set(t.auth).set('X-Min-Position', await head()).expect(200);
  });
  afterAll(() => t.close());

  it('holds every event about the subject with data and personal fields opened, the 360° view, consents and interactions', async () => {
    const exported = await exportOf(id);
    expect(exported).toMatchObject({ customerId: id, erased: false, view: { name: 'Aiko Tanaka 田中愛子', emails: ['aiko@example.jp'] } });
    expect(exported.events.map((e: { type: string }) => e.type)).toEqual(['crm.customer.registered', 'crm.customer.consent-granted', 'crm.interaction.recorded']);
    expect(exported.events[0].personal.contactPoints.map((cp: { value: string }) => cp.value)).toEqual(['aiko@example.jp', '+819012345678']);
    expect(exported.consents).toEqual([expect.objectContaining({ purpose: 'marketing', channel: 'email', granted: true })]);
    expect(exported.interactions).toEqual([expect.objectContaining({ subject: '春のご案内', summary: 'Sent the spring catalogue.', consent: expect.objectContaining({ granted: true }) })]);
    expect(exported.accessLog.map((e: { kind: string }) => e.kind)).toContain('customer.view');
  });

  it('is itself recorded in the access log', async () => {
    await exportOf(id);
    const log = (await t.http().get(`/v1/compliance/access-log?subjectId=${id}`).set(t.auth).set('X-Min-Position', await head()).expect(200)).body.items;
    expect(log.filter((e: { kind: string }) => e.kind === 'subject.export').length).toBeGreaterThanOrEqual(1);
    expect(log.find((e: { kind: string }) => e.kind === 'subject.export').route).toBe('GET /v1/compliance/subjects/:id/export');
  });

  it('answers 404 for an unknown subject', async () => {
    await exportOf('00000000-0000-4000-8000-000000000000', 404);
  });

  it('still exports the facts of an erased subject, without its personal data', async () => {
    await t.http().post(`/v1/compliance/subjects/${id}/erase`).set(t.auth).send({}).expect(200);
    const exported = await exportOf(id);
    expect(exported.erased).toBe(true);
    expect(exported.events[0]).toMatchObject({ personalErased: true, data: { country: 'JP' } });
    expect(JSON.stringify(exported)).not.toContain('Aiko');
    expect(JSON.stringify(exported)).not.toContain('春のご案内');
  });
});
