import http from 'node:http';
import { AddressInfo } from 'node:net';
import { startTestApp, TestApp } from '../testing/test-app';

/**
 * Two hierarchies: bottler A → distributor A1 → retailer A1r, and bottler B. The key of A1 must
 * see A1r's customer and nothing of A (its parent) or B, on every route that takes a customer.
 */
describe('a partner key sees and changes only customers of its own subtree', () => {
  let t: TestApp;
  const p: Record<string, string> = {};
  const c: Record<string, string> = {};
  let a1: Record<string, string>;
  const admin = () => t.auth;
  const head = async () => String(await t.infrastructure.eventStore.headPosition());
  const get = async (path: string, auth = a1) => t.http().get(path).set(auth).set('x-min-position', await head());

  beforeAll(async () => {
    t = await startTestApp({ CRM_RATE_LIMIT_MAX: '0' });
    const partner = async (name: string, kind: string, parentId?: string) =>
      (await t.http().post('/v1/partners').set(admin()).send({ name, kind, countries: ['IR'], ...(parentId ? { parentId } : {}) }).expect(201)).body.id as string;
    p.A = await partner('Bottler A', 'bottler');
    p.A1 = await partner('Distributor A1', 'distributor', p.A);
    p.A1r = await partner('Retailer A1r', 'retailer', p.A1);
    p.B = await partner('Bottler B', 'bottler');
    for (const [name, partnerId] of [['A', p.A], ['A1r', p.A1r], ['B', p.B]]) {
      c[name] = (await t.http().post('/v1/customers').set(admin()).send({ kind: 'person', name: `Customer ${name}`, emails: [`${name.toLowerCase()}@example.com`], partnerId }).expect(201)).body.id;
      await t.http().post(`/v1/customers/${c[name]}/interactions`).set(admin()).send({ channel: 'phone', direction: 'inbound', subject: `call ${name}` }).expect(201);
      await t.http().post('/v1/feedback').set(admin()).send({ customerId: c[name], kind: 'nps', score: 9 }).expect(201);
      const lead = await t.http().post('/v1/leads').set(admin()).send({ name: `Lead ${name}`, email: `lead.${name.toLowerCase()}@example.com`, source: 'web', partnerId });
      if (lead.status !== 201) throw new Error(JSON.stringify(lead.body));
    }
    const key = (await t.http().post('/v1/api-keys').set(admin()).send({ role: 'partner', name: 'A1 portal', partnerId: p.A1 }).expect(201)).body.key;
    a1 = { authorization: `Bearer ${key}` };
  });
  afterAll(() => t.close());

  it('search: finds its own customers only, whatever the filter asks for', async () => {
    const ids = (path: string) => get(path).then((r) => r.body.items.map((i: { customerId: string }) => i.customerId));
    expect(await ids('/v1/customers')).toEqual([c.A1r]);
    expect(await ids(`/v1/customers?partnerId=${p.B}`)).toEqual([]);
    expect(await ids('/v1/customers?email=b@example.com')).toEqual([]);
    expect(await ids('/v1/customers?q=customer')).toEqual([c.A1r]);
  });

  it.each(['', '/timeline', '/history', '/consents/at?purpose=marketing&channel=email&at=2030-01-01T00:00:00Z'])('GET /v1/customers/{id}%s: 404 for another partner\'s customer and its parent\'s, exactly as for an unknown one', async (suffix) => {
    const [path, query = ''] = suffix.split('?');
    const at = (id: string) => `/v1/customers/${id}${path}${query ? `?${query}` : ''}`;
    expect((await get(at(c.A1r))).status).toBe(200);
    const other = await get(at(c.B));
    const unknown = await get(at('0b6f3c1e-6a7d-4e0f-9a41-5d2c7b8e9f10'));
    expect([other.status, unknown.status]).toEqual([404, 404]);
    expect(other.body.type).toBe(unknown.body.type);
    expect((await get(at(c.A))).status).toBe(404);
  });

  it('commands on another partner\'s customer: 404 and nothing written', async () => {
    const before = await head();
    const on = (method: 'post' | 'patch' | 'delete', path: string, body?: object) => t.http()[method](path).set(a1).send(body);
    expect((await on('patch', `/v1/customers/${c.B}`, { name: 'Taken over' })).status).toBe(404);
    expect((await on('post', `/v1/customers/${c.B}/contact-points`, { type: 'email', value: 'x@example.com' })).status).toBe(404);
    expect((await on('delete', `/v1/customers/${c.B}/contact-points/anything`)).status).toBe(404);
    expect((await on('post', `/v1/customers/${c.B}/consents`, { purpose: 'marketing', channel: 'email', granted: true })).status).toBe(404);
    expect((await on('post', `/v1/customers/${c.B}/interactions`, { channel: 'phone', direction: 'inbound' })).status).toBe(404);
    expect(await head()).toBe(before);
    await on('post', `/v1/customers/${c.A1r}/interactions`, { channel: 'phone', direction: 'outbound', basis: 'service' }).expect((r) => expect(r.status).toBeLessThan(300));
  });

  it('registers customers only into its own subtree and cannot move one out of it', async () => {
    await t.http().post('/v1/customers').set(a1).send({ kind: 'person', name: 'No partner' }).expect(422);
    const outside = await t.http().post('/v1/customers').set(a1).send({ kind: 'person', name: 'Elsewhere', partnerId: p.B }).expect(422);
    const unknown = await t.http().post('/v1/customers').set(a1).send({ kind: 'person', name: 'Nowhere', partnerId: '0b6f3c1e-6a7d-4e0f-9a41-5d2c7b8e9f10' }).expect(422);
    expect(outside.body.errors).toEqual(unknown.body.errors);
    await t.http().post('/v1/customers').set(a1).send({ kind: 'person', name: 'Mine', partnerId: p.A1r }).expect(201);
    await t.http().patch(`/v1/customers/${c.A1r}`).set(a1).send({ partnerId: p.B }).expect(422);
    await t.http().patch(`/v1/customers/${c.A1r}`).set(a1).send({ partnerId: null }).expect(422);
  });

  it('duplicate check: does not name another partner\'s customer with the same email', async () => {
    const answer = await t.http().post('/v1/customers').set(a1).send({ kind: 'person', name: 'Same mail', emails: ['b@example.com'], partnerId: p.A1r });
    expect(answer.status).toBe(201);
    expect(JSON.stringify(answer.body)).not.toContain(c.B);
  });

  it('events feed: only events about its own customers, personal fields still sealed', async () => {
    const items = (await get('/v1/events?limit=500')).body.items as { subject?: string; data: { personal?: { $sealed?: string } } }[];
    expect(items.length).toBeGreaterThan(0);
    const own = new Set((await get('/v1/customers')).body.items.map((i: { customerId: string }) => i.customerId));
    expect(items.every((e) => own.has(String(e.subject)))).toBe(true);
    expect(JSON.stringify(items)).not.toContain(c.B);
    expect(items.some((e) => e.data.personal?.$sealed)).toBe(true);
    expect(JSON.stringify(items)).not.toContain('Customer A1r');
  });

  it('SSE: streams only events about its own customers', async () => {
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const after = await head();
    // Written after the stream position: one event about B, then one about A1r's customer.
    await t.http().post(`/v1/customers/${c.B}/interactions`).set(admin()).send({ channel: 'web', direction: 'inbound', subject: 'B again' }).expect(201);
    await t.http().post(`/v1/customers/${c.A1r}/interactions`).set(admin()).send({ channel: 'web', direction: 'inbound', subject: 'A1r again' }).expect(201);
    const text = await new Promise<string>((resolve, reject) => {
      const request = http.get({ host: '127.0.0.1', port, path: `/v1/events/stream?after=${after}`, headers: a1 }, (response) => {
        let received = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          received += chunk;
          if (received.includes(c.A1r)) {
            request.destroy();
            resolve(received);
          }
        });
      });
      request.on('error', (error) => ((error as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(error)));
    });
    expect(text).not.toContain(c.B);
    expect((text.match(/^id: /gm) ?? []).length).toBe(1);
  });

  it.each([
    ['GET', '/v1/compliance/subjects/{own}/export'], ['POST', '/v1/compliance/subjects/{own}/erase'],
    ['GET', '/v1/compliance/access-log'], ['GET', '/v1/audit/events'], ['GET', '/v1/api-keys'], ['GET', '/v1/customers/duplicates'],
    ['POST', '/v1/customers/{own}/merge'], ['GET', '/v1/sla-policies'], ['GET', '/v1/pipelines'],
  ])('compliance, audit, keys, identity and service and sales configuration routes refuse partner keys: %s %s', async (method, path) => {
    const answer = await t.app.inject({ method: method as 'GET', url: path.replace('{own}', c.A1r), headers: a1, ...(method === 'POST' ? { payload: {} } : {}) });
    expect(answer.statusCode).toBe(403);
  });

  it('partners: lists its own subtree and answers 404 for its parent and for other hierarchies', async () => {
    const listed = (await get('/v1/partners')).body.items.map((i: { partnerId: string }) => i.partnerId);
    expect(listed.sort()).toEqual([p.A1, p.A1r].sort());
    expect((await get(`/v1/partners/${p.A1r}`)).body.path).toEqual([p.A, p.A1, p.A1r]);
    expect((await get(`/v1/partners/${p.A}`)).status).toBe(404);
    expect((await get(`/v1/partners/${p.B}`)).status).toBe(404);
  });

  it('analytics: NPS, service KPIs and the lead funnel count its own subtree only', async () => {
    const nps = async (auth: Record<string, string>) => (await get('/v1/analytics/nps', auth)).body.overall.responses;
    expect([await nps(admin()), await nps(a1)]).toEqual([3, 1]);
    const npsBody = JSON.stringify((await get('/v1/analytics/nps', a1)).body);
    expect(npsBody).not.toContain(p.B);
    const service = (await get('/v1/analytics/service', a1)).body;
    expect(JSON.stringify(service)).not.toContain(p.B);
    const funnel = async (auth: Record<string, string>) => JSON.stringify((await get('/v1/analytics/lead-funnel?by=partner', auth)).body);
    expect(await funnel(admin())).toContain(p.B);
    expect(await funnel(a1)).not.toContain(p.B);
    expect(await funnel(a1)).toContain(p.A1r);
  });
});
