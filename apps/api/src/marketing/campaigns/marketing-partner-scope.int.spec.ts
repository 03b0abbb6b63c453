import { CHANNEL_DELIVERIES } from '../../../../../libs/messaging/channels/recording-channel-adapter';
import { ServiceWorker } from '../../service/service-worker';
import { startTestApp, TestApp } from '../../testing/test-app';

/**
 * Bottler A → distributor A1 → retailer A1r, and bottler B; one customer each under A1r and B and
 * one without a partner, all in one country and all consenting. The key of A1 reaches A1r's
 * customer only, and every campaign or notice it does not own answers 404 like an unknown one.
 */
describe('campaigns and notices under a partner key', () => {
  let t: TestApp;
  let worker: ServiceWorker;
  let a1: Record<string, string>;
  const c: Record<string, string> = {};
  const staff: Record<string, string> = {};
  const own: Record<string, string> = {};
  const unknown = '0b6f3c1e-6a7d-4e0f-9a41-5d2c7b8e9f10';
  const head = async () => String(await t.infrastructure.eventStore.headPosition());
  const as = (auth: Record<string, string>) => ({
    post: (path: string, body: object) => t.http().post(path).set(auth).send(body),
    get: async (path: string) => t.http().get(path).set(auth).set('x-min-position', await head()),
  });
  const admin = () => as(t.auth);
  const round = async () => {
    await admin().get('/v1/segments');
    await worker.tick();
  };
  /** Worker rounds until the request (a launch waiting for the worker) has answered. */
  const whileWorking = async <T>(request: PromiseLike<T>): Promise<T> => {
    let answered = false;
    const answer = Promise.resolve(request).then((value) => ((answered = true), value));
    while (!answered) await round();
    return answer;
  };
  const campaignBody = (segmentId: string) => ({ name: 'Cola days', segmentId, channel: 'email', purpose: 'marketing', budget: { amount: '100', currency: 'EUR' } });
  const noticeBody = (segmentId: string) => ({ segmentId, purpose: 'service', text: { en: 'Depot closed on Monday' } });

  beforeAll(async () => {
    t = await startTestApp({ CRM_WORKER: 'off', CRM_RATE_LIMIT_MAX: '0' });
    worker = t.app.get(ServiceWorker);
    const partner = async (name: string, kind: string, parentId?: string) =>
      (await admin().post('/v1/partners', { name, kind, countries: ['PK'], ...(parentId ? { parentId } : {}) }).expect(201)).body.id as string;
    const pA = await partner('Bottler A', 'bottler');
    const pA1 = await partner('Distributor A1', 'distributor', pA);
    const pA1r = await partner('Retailer A1r', 'retailer', pA1);
    const pB = await partner('Bottler B', 'bottler');
    for (const [name, partnerId] of [['A1r', pA1r], ['B', pB], ['none', undefined]] as const) {
      c[name] = (await admin().post('/v1/customers', { kind: 'person', name: `Customer ${name}`, country: 'PK', emails: [`${name.toLowerCase()}@example.com`], ...(partnerId ? { partnerId } : {}) }).expect(201)).body.id;
      await admin().post(`/v1/customers/${c[name]}/consents`, { purpose: 'marketing', channel: 'email', granted: true }).expect(200);
    }
    a1 = { authorization: `Bearer ${(await admin().post('/v1/api-keys', { role: 'partner', name: 'A1 portal', partnerId: pA1 }).expect(201)).body.key}` };
    const rule = { all: [{ field: 'country', op: 'eq', value: 'PK' }] };
    staff.segment = (await admin().post('/v1/segments', { name: 'Pakistan', rule }).expect(201)).body.id;
    own.segment = (await as(a1).post('/v1/segments', { name: 'Our Pakistan', rule }).expect(201)).body.id;
    await round();
    staff.campaign = (await admin().post('/v1/campaigns', campaignBody(staff.segment)).expect(201)).body.id;
    staff.notice = (await admin().post('/v1/notices', noticeBody(staff.segment)).expect(202)).body.id;
  });
  afterAll(() => t.close());

  it('cannot build a campaign or a notice on a segment it does not own: 404 as for an unknown one, nothing written', async () => {
    const before = await head();
    for (const segmentId of [staff.segment, unknown]) {
      expect((await as(a1).post('/v1/campaigns', campaignBody(segmentId))).status).toBe(404);
      expect((await as(a1).post('/v1/notices', noticeBody(segmentId))).status).toBe(404);
    }
    expect(await head()).toBe(before);
  });

  it.each([
    ['GET /v1/campaigns/{id}', (id: string) => as(a1).get(`/v1/campaigns/${id}`)],
    ['POST /v1/campaigns/{id}/launch', (id: string) => as(a1).post(`/v1/campaigns/${id}/launch`, {})],
    ['POST /v1/campaigns/{id}/responses', (id: string) => as(a1).post(`/v1/campaigns/${id}/responses`, { customerId: c.A1r, kind: 'opened', occurredAt: '2026-01-01T00:00:00Z' })],
    ['GET /v1/analytics/campaigns/{id}', (id: string) => as(a1).get(`/v1/analytics/campaigns/${id}`)],
  ])('%s: a staff campaign answers 404 exactly like an unknown one, and nothing is written', async (_route, call) => {
    const before = await head();
    const [theirs, none] = [await call(staff.campaign), await call(unknown)];
    expect([theirs.status, none.status]).toEqual([404, 404]);
    expect(theirs.body.type).toBe(none.body.type);
    expect(await head()).toBe(before);
  });

  it('GET /v1/notices/{id}: a staff notice answers 404 exactly like an unknown one', async () => {
    const [theirs, none] = [await as(a1).get(`/v1/notices/${staff.notice}`), await as(a1).get(`/v1/notices/${unknown}`)];
    expect([theirs.status, none.status]).toEqual([404, 404]);
    expect(theirs.body.type).toBe(none.body.type);
  });

  it('its own campaign contacts only its subtree’s customers and takes responses of those only', async () => {
    own.campaign = (await as(a1).post('/v1/campaigns', campaignBody(own.segment)).expect(201)).body.id;
    const launched = await whileWorking(as(a1).post(`/v1/campaigns/${own.campaign}/launch`, {}));
    expect([launched.status, launched.body]).toEqual([200, expect.objectContaining({ contacted: 1, skippedWithoutConsent: 0 })]);
    expect((await as(a1).get(`/v1/campaigns/${own.campaign}`)).status).toBe(200);
    expect((await as(a1).post(`/v1/campaigns/${own.campaign}/responses`, { customerId: c.B, kind: 'opened', occurredAt: '2026-01-01T00:00:00Z' })).status).toBe(404);
    await as(a1).post(`/v1/campaigns/${own.campaign}/responses`, { customerId: c.A1r, kind: 'opened', occurredAt: '2026-01-01T00:00:00Z' }).expect(201);
    expect((await as(a1).get(`/v1/analytics/campaigns/${own.campaign}?asOf=2030-01-01T00:00:00Z`)).body).toMatchObject({ contacted: 1, responded: 1 });
    expect((await as(a1).get('/v1/campaigns')).body.items.map((c: { campaignId: string }) => c.campaignId)).toEqual([own.campaign]);
    expect((await admin().get('/v1/campaigns')).body.items.map((c: { campaignId: string }) => c.campaignId).sort()).toEqual([own.campaign, staff.campaign].sort());
    const contacted = (await t.infrastructure.documentStore.collection('campaign-contacts').find({ campaignId: own.campaign })).map((d) => d.customerId);
    expect(contacted).toEqual([c.A1r]);
  });

  it('its own notice reaches only its subtree’s customers, and it sees its progress', async () => {
    const accepted = await as(a1).post('/v1/notices', noticeBody(own.segment)).expect(202);
    for (let i = 0; i < 5 && (await as(a1).get(accepted.headers.location)).body.status !== 'completed'; i++) await round();
    expect((await as(a1).get(accepted.headers.location)).body).toMatchObject({ status: 'completed', total: 1, sent: 1 });
    expect((await as(a1).get('/v1/notices')).body.items.map((n: { noticeId: string }) => n.noticeId)).toEqual([accepted.body.id]);
    const delivered = (await t.infrastructure.documentStore.collection(CHANNEL_DELIVERIES).find({ noticeId: accepted.body.id })).map((d) => d.customerId);
    expect(delivered).toEqual([c.A1r]);
  });
});
