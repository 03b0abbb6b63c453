import { startTestApp, TestApp } from '../testing/test-app';

describe('one consent truth across the 360° view, consents/at and the outbound-message check', () => {
  let t: TestApp;
  let id: string;
  beforeAll(async () => {
    t = await startTestApp();
    id = (await t.http().post('/v1/customers').set(t.auth).send({ kind: 'person', name: 'Jane Roe', allowDuplicate: true }).expect(201)).body.id;
  });
  afterAll(() => t.close());

  const get = async (path: string) =>
    (await t.http().get(path).set(t.auth).set('X-Min-Position', String(await t.infrastructure.eventStore.headPosition())).expect(200)).body;
  const consent = (body: object) => t.http().post(`/v1/customers/${id}/consents`).set(t.auth).send(body).expect(200);

  it('withdrawing marketing on any channel withdraws marketing by email in all three', async () => {
    await consent({ purpose: 'marketing', channel: 'email', granted: true, occurredAt: '2026-03-01T09:00:00Z' });
    await consent({ purpose: 'marketing', channel: 'any', granted: false, occurredAt: '2026-03-02T09:00:00Z' });
    const view = await get(`/v1/customers/${id}`);
    expect(view.consents).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'marketing:email', granted: false, decidedBy: 'any' })]));
    expect(view).not.toHaveProperty('consentFacts');
    expect(await get(`/v1/customers/${id}/consents/at?purpose=marketing&channel=email&at=2026-03-03T00:00:00Z`)).toMatchObject({ granted: false });
    const sent = await t.http().post(`/v1/customers/${id}/interactions`).set(t.auth).send({ channel: 'email', direction: 'outbound', occurredAt: '2026-03-03T00:00:00Z' });
    expect(sent.status).toBe(409);
  });

  it('answers the view as of an earlier instant with the consent then in force', async () => {
    const then = await get(`/v1/customers/${id}?asOf=2026-03-01T12:00:00Z`);
    expect(then.consents).toEqual([expect.objectContaining({ key: 'marketing:email', granted: true, decidedBy: 'email' })]);
    expect(await get(`/v1/customers/${id}/consents/at?purpose=marketing&channel=email&at=2026-03-01T12:00:00Z`)).toMatchObject({ granted: true });
  });

  it('records a grant back-dated before the same grant, and nothing for its exact repeat', async () => {
    const other = (await t.http().post('/v1/customers').set(t.auth).send({ kind: 'person', name: 'John Roe', allowDuplicate: true }).expect(201)).body.id;
    const grant = (occurredAt: string) =>
      t.http().post(`/v1/customers/${other}/consents`).set(t.auth).send({ purpose: 'marketing', channel: 'email', granted: true, occurredAt }).expect(200);
    const later = (await grant('2026-03-03T09:00:00Z')).body.revision;
    const earlier = (await grant('2026-03-01T09:00:00Z')).body.revision;
    expect(earlier).toBe(later + 1);
    expect((await grant('2026-03-01T09:00:00Z')).body.revision).toBe(earlier);
    expect(await get(`/v1/customers/${other}/consents/at?purpose=marketing&channel=email&at=2026-03-02T09:00:00Z`)).toMatchObject({ granted: true, grantedAt: '2026-03-01T09:00:00.000Z' });
  });
});
