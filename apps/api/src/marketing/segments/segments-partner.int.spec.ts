import { startTestApp, TestApp } from '../../testing/test-app';
import { ServiceWorker } from '../../service/service-worker';

/**
 * Bottler A → distributor A1 → retailer A1r, and bottler B, a customer under each of A, A1r and B.
 * A1's key has segments of its own, over its subtree only; everything else is "no such segment".
 */
describe('segments and partner keys: a partner sees its own segments and its own customers in them only', () => {
  let t: TestApp;
  const p: Record<string, string> = {};
  const c: Record<string, string> = {};
  let a1: Record<string, string>;
  let b: Record<string, string>;
  let adminSegment: string;
  let a1Segment: string;
  let bSegment: string;
  const head = async () => String(await t.infrastructure.eventStore.headPosition());
  const get = async (path: string, auth: Record<string, string>) => t.http().get(path).set(auth).set('x-min-position', await head());
  const ids = (body: { items: { customerId: string }[] }) => body.items.map((i) => i.customerId).sort();
  const everywhereIR = { all: [{ field: 'country', op: 'eq', value: 'IR' }] };

  beforeAll(async () => {
    t = await startTestApp({ CRM_WORKER: 'off', CRM_RATE_LIMIT_MAX: '0' });
    const admin = t.auth;
    const partner = async (name: string, kind: string, parentId?: string) =>
      (await t.http().post('/v1/partners').set(admin).send({ name, kind, ...(parentId ? { parentId } : {}) }).expect(201)).body.id as string;
    p.A = await partner('Bottler A', 'bottler');
    p.A1 = await partner('Distributor A1', 'distributor', p.A);
    p.A1r = await partner('Retailer A1r', 'retailer', p.A1);
    p.B = await partner('Bottler B', 'bottler');
    for (const [name, partnerId] of [['A', p.A], ['A1r', p.A1r], ['B', p.B]]) {
      c[name] = (await t.http().post('/v1/customers').set(admin).send({ kind: 'person', name: `Customer ${name}`, country: 'IR', partnerId }).expect(201)).body.id;
    }
    const key = async (partnerId: string) => ({ authorization: `Bearer ${(await t.http().post('/v1/api-keys').set(admin).send({ role: 'partner', name: 'portal', partnerId }).expect(201)).body.key}` });
    a1 = await key(p.A1);
    b = await key(p.B);
    adminSegment = (await t.http().post('/v1/segments').set(admin).send({ name: 'All of Iran', rule: everywhereIR }).expect(201)).body.id;
    a1Segment = (await t.http().post('/v1/segments').set(a1).send({ name: 'My Iran', rule: everywhereIR }).expect(201)).body.id;
    bSegment = (await t.http().post('/v1/segments').set(b).send({ name: 'B Iran', rule: everywhereIR }).expect(201)).body.id;
    await get('/v1/segments', admin);
    await t.app.get(ServiceWorker).tick();
  });
  afterAll(() => t.close());

  it('a partner\'s segment holds customers of its subtree only, whatever the rule says', async () => {
    expect(ids((await get(`/v1/segments/${a1Segment}/members`, a1)).body)).toEqual([c.A1r]);
    expect(ids((await get(`/v1/segments/${bSegment}/members`, b)).body)).toEqual([c.B]);
    expect(ids((await get(`/v1/segments/${adminSegment}/members`, t.auth)).body)).toEqual([c.A, c.A1r, c.B].sort());
  });

  it('GET /v1/segments lists its own segments; another\'s, or the staff\'s, answer 404 on every segment route, exactly as an unknown one', async () => {
    expect((await get('/v1/segments', a1)).body.items.map((s: { segmentId: string }) => s.segmentId)).toEqual([a1Segment]);
    expect((await get(`/v1/segments/${a1Segment}`, a1)).body).toMatchObject({ ownerPartnerId: p.A1 });
    for (const id of [adminSegment, bSegment, '0b6f3c1e-6a7d-4e0f-9a41-5d2c7b8e9f10']) {
      expect((await get(`/v1/segments/${id}`, a1)).status).toBe(404);
      expect((await get(`/v1/segments/${id}/members`, a1)).status).toBe(404);
      expect((await get(`/v1/segments/${id}/members?asOf=2030-01-01T00:00:00Z`, a1)).status).toBe(404);
      expect((await t.http().patch(`/v1/segments/${id}`).set(a1).send({ name: 'Taken over' })).status).toBe(404);
    }
  });

  it('a partner cannot name another hierarchy\'s partner in a rule, and nothing is written', async () => {
    const before = await head();
    const answer = await t.http().post('/v1/segments').set(a1).send({ name: 'Spy', rule: { all: [{ field: 'partnerId', op: 'eq', value: p.B }] } });
    expect(answer.status).toBe(422);
    expect((await t.http().patch(`/v1/segments/${a1Segment}`).set(a1).send({ rule: { any: [{ field: 'partnerId', op: 'in', value: [p.A1r, p.A] }] } })).status).toBe(422);
    expect(await head()).toBe(before);
    await t.http().post('/v1/segments').set(a1).send({ name: 'Retailer', rule: { all: [{ field: 'partnerId', op: 'eq', value: p.A1r }] } }).expect(201);
  });

  it('GET /v1/customers?segmentId= takes its own segments (its own customers only) and refuses others\' as unknown', async () => {
    expect(ids((await get(`/v1/customers?segmentId=${a1Segment}`, a1)).body)).toEqual([c.A1r]);
    const others = await get(`/v1/customers?segmentId=${adminSegment}`, a1);
    const unknown = await get('/v1/customers?segmentId=0b6f3c1e-6a7d-4e0f-9a41-5d2c7b8e9f10', a1);
    expect([others.status, unknown.status]).toEqual([422, 422]);
    expect(others.body.errors).toEqual(unknown.body.errors);
  });

  it('the feed shows a partner the membership events of its own customers only', async () => {
    const subjects = (await get('/v1/events?limit=500&type=crm.segment.member-entered,crm.segment.member-left', a1)).body.items.map((e: { subject: string }) => e.subject);
    expect(subjects.length).toBeGreaterThan(0);
    expect([...new Set(subjects)]).toEqual([c.A1r]);
  });
});
