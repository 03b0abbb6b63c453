import { Server } from 'node:http';
import { AddressInfo, connect } from 'node:net';
import { createEverything, Created } from '../testing/create-everything';
import { startTestApp, TestApp } from '../testing/test-app';

/** Field names that belong to storage or arithmetic (epoch-millisecond copies of instants), never to an answer; durations stay. */
const INTERNAL = /^_|(?<!duration)Ms$|^units$|Keys$|^nameTokens$|^fieldTimes$|^consentFacts$/;
const internalFields = (value: unknown, path = ''): string[] => {
  if (Array.isArray(value)) return value.flatMap((item, i) => internalFields(item, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => [...(INTERNAL.test(key) ? [`${path}.${key}`] : []), ...internalFields(inner, `${path}.${key}`)]);
};

// Locations that name a page (timeline entries of an interaction, the rates of a pair), not one entity.
const PAGES = ['POST /v1/customers/:id/interactions', 'POST /v1/fx-rates'];
const entityOf = (created: Created) => Object.entries(created).filter(([route]) => !PAGES.includes(route));

describe('HTTP conventions on every route', () => {
  let t: TestApp;
  let created: Created;

  beforeAll(async () => {
    t = await startTestApp({ CRM_WEBHOOK_ALLOW_PRIVATE: 'true', CRM_RATE_LIMIT_MAX: '0', CRM_CORS_ORIGINS: 'https://app.example.com' });
    created = await createEverything(t);
  });
  afterAll(() => t.close());

  it('answers 304 without a body to If-None-Match on every entity GET, and 200 to a stale tag', async () => {
    const failures: string[] = [];
    for (const [route, { location }] of entityOf(created)) {
      const first = await t.http().get(location).set(t.auth);
      const etag = first.headers.etag;
      if (!etag) { failures.push(`${route}: no ETag`); continue; }
      const again = await t.http().get(location).set(t.auth).set('If-None-Match', etag);
      if (again.status !== 304 || again.text) failures.push(`${route}: ${again.status} on If-None-Match ${etag}`);
      const stale = await t.http().get(location).set(t.auth).set('If-None-Match', '"stale"');
      if (stale.status !== 200) failures.push(`${route}: ${stale.status} on a stale tag`);
    }
    expect(failures).toEqual([]);
  });

  it('tags customers and cases with their revision and position, so If-Match takes the tag a GET answered', async () => {
    for (const route of ['POST /v1/customers', 'POST /v1/cases']) {
      const read = await t.http().get(created[route].location).set(t.auth).expect(200);
      expect(read.headers.etag).toBe(`"${read.body.revision}.${read.body.position}"`);
    }
    const customer = created['POST /v1/customers'].location;
    const before = (await t.http().get(customer).set(t.auth).expect(200)).headers.etag;
    await t.http().patch(customer).set(t.auth).set('If-Match', before).send({ preferredLanguage: 'fa' }).expect(200);
    await t.http().patch(customer).set(t.auth).set('If-Match', before).send({ preferredLanguage: 'en' }).expect(412);
  });

  it('answers 200 again to the tag of a 360° view once an interaction from another stream changed it', async () => {
    const customer = created['POST /v1/customers'].location;
    const tag = (await t.http().get(customer).set(t.auth).expect(200)).headers.etag;
    const recorded = await t.http().post(`${customer}/interactions`).set(t.auth).send({ channel: 'phone', direction: 'inbound', subject: 'Follow-up' }).expect(201);
    const after = await t.http().get(customer).set(t.auth).set('X-Min-Position', String(recorded.body.position)).set('If-None-Match', tag).expect(200);
    expect(after.body.revision).toBe(Number(/^"(\d+)/.exec(tag)![1]));
  });

  it('tags the lead-scoring model by its version and answers 304 until a new one is published', async () => {
    const model = { fit: [{ attribute: 'industry', in: ['retail'], points: 10 }], engagement: { call: 5 }, halfLifeDays: 30, thresholds: { mql: 40 } };
    await t.http().put('/v1/lead-scoring-model').set(t.auth).send(model).expect(200);
    const first = await t.http().get('/v1/lead-scoring-model').set(t.auth).set('X-Min-Position', String(await t.infrastructure.eventStore.headPosition())).expect(200);
    await t.http().get('/v1/lead-scoring-model').set(t.auth).set('If-None-Match', first.headers.etag).expect(304);
    await t.http().put('/v1/lead-scoring-model').set(t.auth).send({ ...model, halfLifeDays: 10 }).expect(200);
    await t.http().get('/v1/lead-scoring-model').set(t.auth).set('X-Min-Position', String(await t.infrastructure.eventStore.headPosition())).set('If-None-Match', first.headers.etag).expect(200);
  });

  it.each([
    ['DELETE', '/v1/leads', 'GET, HEAD, POST'],
    ['PUT', '/v1/customers/0b6f3c1e-6a7d-4e0f-9a41-5d2c7b8e9f10', 'GET, HEAD, PATCH'],
    ['GET', '/v1/cases/0b6f3c1e-6a7d-4e0f-9a41-5d2c7b8e9f10/respond', 'POST'],
    ['PATCH', '/v1/lead-scoring-model', 'GET, HEAD, PUT'],
  ])('answers %s %s with 405 and Allow: %s', async (method, path, allow) => {
    const answer = await t.http()[method.toLowerCase() as 'get'](path).set(t.auth).expect(405);
    expect(answer.headers.allow).toBe(allow);
    expect(answer.headers['content-type']).toContain('application/problem+json');
    expect(answer.body).toMatchObject({ status: 405, type: 'https://crm.example/problems/method-not-allowed' });
  });

  it('still answers 404 for a path no method knows', async () => {
    const answer = await t.http().delete('/v1/nothing-here').set(t.auth).expect(404);
    expect(answer.headers.allow).toBeUndefined();
  });

  it('allows every method the API uses in a CORS preflight, and exposes the headers it sends', async () => {
    for (const method of ['PATCH', 'PUT', 'DELETE', 'POST']) {
      const answer = await t.http().options('/v1/customers/x').set('Origin', 'https://app.example.com').set('Access-Control-Request-Method', method).expect(204);
      expect(answer.headers['access-control-allow-methods']).toContain(method);
    }
    const simple = await t.http().get('/v1/partners').set(t.auth).set('Origin', 'https://app.example.com').expect(200);
    const exposed = simple.headers['access-control-expose-headers'].split(',').map((name: string) => name.trim());
    expect(exposed).toEqual(expect.arrayContaining(['etag', 'location', 'retry-after', 'x-request-id', 'ratelimit', 'ratelimit-policy', 'allow']));
  });

  it.each([
    ['a path parameter over 128 characters', `/v1/customers/${'a'.repeat(129)}`, 414],
    ['a path parameter that is not valid percent-encoding', '/v1/customers/%zz', 400],
  ])('answers %s as problem+json with the request id and security headers', async (_what, path, status) => {
    const answer = await t.http().get(path).set(t.auth).set('X-Request-Id', 'long-path-1').expect(status);
    expect(answer.headers['content-type']).toContain('application/problem+json');
    expect(answer.body).toMatchObject({ status, title: expect.any(String), type: expect.stringContaining('https://crm.example/problems/') });
    expect(answer.headers['x-request-id']).toBe('long-path-1');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('answers a request the HTTP parser refuses (raw non-ASCII bytes in the URL) as problem+json too', async () => {
    const server = t.app.getHttpServer() as Server;
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(Buffer.concat([Buffer.from('GET /v1/customers?q='), Buffer.from('مری'), Buffer.from(' HTTP/1.1\r\nHost: x\r\n\r\n')])));
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString('utf8'))).on('end', () => resolve(answer)).on('error', reject);
    });
    const [head, body] = raw.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 400 /);
    expect(head.toLowerCase()).toContain('content-type: application/problem+json');
    expect(JSON.parse(body)).toMatchObject({ status: 400, type: 'https://crm.example/problems/malformed-request', detail: expect.stringContaining('percent-encoded') });
  });

  it('names the query parameters, not the body, when a query parameter is wrong', async () => {
    const answer = await t.http().get('/v1/cases?status=lost').set(t.auth).expect(400);
    expect(answer.body).toMatchObject({ detail: 'the query parameters are not valid', errors: [expect.objectContaining({ field: 'status' })] });
    const body = await t.http().post('/v1/leads').set(t.auth).send({ source: 'web' }).expect(400);
    expect(body.body.detail).toBe('the request body is not valid');
  });

  it('answers no storage or arithmetic fields in the 360° view, an opportunity, a lead or their lists', async () => {
    const customer = created['POST /v1/customers'].location;
    const opportunityList = await t.http().get(`/v1/opportunities?customerId=${customer.split('/').pop()}`).set(t.auth).expect(200);
    expect(opportunityList.body.items).toHaveLength(1);
    const answers = await Promise.all([customer, created['POST /v1/opportunities'].location, created['POST /v1/leads'].location, '/v1/leads']
      .map(async (path) => (await t.http().get(path).set(t.auth).expect(200)).body));
    expect([...answers, opportunityList.body].flatMap((answer) => internalFields(answer))).toEqual([]);
    expect(answers[0].sales.openOpportunities).toHaveLength(1);
  });

  it('answers no storage or arithmetic fields on any Location read back', async () => {
    const found: string[] = [];
    for (const [route, { location }] of Object.entries(created)) {
      found.push(...internalFields((await t.http().get(location).set(t.auth).expect(200)).body).map((field) => `${route}: ${field}`));
    }
    expect(found).toEqual([]);
  });
});

describe('rate-limit headers', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp({ CRM_RATE_LIMIT_MAX: '2', CRM_RATE_LIMIT_WINDOW_SECONDS: '60' }); });
  afterAll(() => t.close());

  it('tells the policy and what is left in RateLimit-Policy and RateLimit, and only there', async () => {
    const first = await t.http().get('/v1/partners').set(t.auth).expect(200);
    expect(first.headers['ratelimit-policy']).toBe('"per-key";q=2;w=60');
    expect(first.headers.ratelimit).toMatch(/^"per-key";r=1;t=\d+$/);
    expect(Object.keys(first.headers).filter((name) => /^x-ratelimit|^ratelimit-(limit|remaining|reset)$/.test(name))).toEqual([]);
    await t.http().get('/v1/partners').set(t.auth).expect(200);
    const refused = await t.http().get('/v1/partners').set(t.auth).expect(429);
    expect(refused.headers.ratelimit).toMatch(/^"per-key";r=0;t=\d+$/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.headers['content-type']).toContain('application/problem+json');
  });
});
