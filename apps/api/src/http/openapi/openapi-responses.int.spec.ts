import { get } from 'node:http';
import { AddressInfo } from 'node:net';
import { Response } from 'supertest';
import { OpenApiConformance } from '../../testing/openapi-conformance';
import { startTestApp, TestApp } from '../../testing/test-app';
import { UNDESCRIBED } from './describe-operations';
import { driveEveryOperation } from './operations-scenario';

let t: TestApp;
let conformance: OpenApiConformance;
const problems: string[] = [];

/** Sends one request and records every way its response disagrees with the served document. */
async function call(method: string, url: string, options: { body?: unknown; headers?: Record<string, string>; auth?: boolean; raw?: { type: string; data: string } } = {}): Promise<Response> {
  let request = t.http()[method.toLowerCase() as 'get'](url).set(options.auth === false ? {} : t.auth).set(options.headers ?? {});
  if (options.raw) request = request.set('content-type', options.raw.type).send(options.raw.data);
  else if (options.body !== undefined) request = request.send(options.body as object);
  const response = await request;
  for (const problem of conformance.check(method, url, response, options.raw ? undefined : options.body)) problems.push(`${method} ${url} → ${response.status}: ${problem}`);
  return response;
}

/** The first bytes of the server-sent event stream: status and headers, then hang up. */
async function openStream(url: string, headers: Record<string, string>): Promise<void> {
  const server = t.app.getHttpServer();
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const response = await new Promise<Response>((resolve, reject) => {
    const request = get({ host: '127.0.0.1', port, path: url, headers: { ...t.auth, ...headers } }, (incoming) => {
      resolve({ status: incoming.statusCode, headers: incoming.headers, text: '', body: {} } as unknown as Response);
      request.destroy();
    });
    request.on('error', reject);
  });
  for (const problem of conformance.check('GET', url, response)) problems.push(`GET ${url} → ${response.status}: ${problem}`);
}

beforeAll(async () => {
  t = await startTestApp({ CRM_MIN_POSITION_WAIT_MS: '200' });
  conformance = new OpenApiConformance((await t.http().get('/docs-json').expect(200)).body);
}, 60_000);
afterAll(() => t?.close());
beforeEach(() => void problems.splice(0));
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('the served OpenAPI document tells the truth about every operation', () => {
  it('describes every operation by its kind (none left with the framework defaults)', () => {
    const undescribed = conformance.operations().filter((operation) => {
      const [method, template] = operation.split(' ');
      return conformance.document.paths[template][method.toLowerCase()][UNDESCRIBED];
    });
    expect(undescribed).toEqual([]);
  });

  it('each real answer of the happy path matches its declared status, headers and schema', async () => {
    await driveEveryOperation(call, openStream);
    expect(problems).toEqual([]);
  }, 120_000);

  it('every operation answers 401 problem+json, as declared, to a request without a key', async () => {
    for (const operation of conformance.operations()) {
      const [method, template] = operation.split(' ');
      const response = await call(method, template.replace(/\{action\}/, 'resolve').replace(/\{[^}]+\}/g, UNKNOWN_ID), { auth: false });
      expect([operation, response.status]).toEqual([operation, 401]);
    }
    expect(problems).toEqual([]);
  });

  it('every operation with a JSON body refuses an unknown field with a declared 400 problem (404 when its unknown id is checked first)', async () => {
    for (const operation of conformance.operations()) {
      const [method, template] = operation.split(' ');
      if (!conformance.document.paths[template][method.toLowerCase()].requestBody?.content?.['application/json']) continue;
      const response = await call(method, template.replace(/\{action\}/, 'resolve').replace(/\{[^}]+\}/g, UNKNOWN_ID), { body: { notAField: 1 } });
      // An id checked before the body answers 404 first; either way a declared problem.
      expect([operation, [400, 404].includes(response.status)]).toEqual([operation, true]);
    }
    expect(problems).toEqual([]);
  });

  it('every read of one entity by id answers a declared 404 problem for an id that does not exist', async () => {
    for (const operation of conformance.operations()) {
      const [method, template] = operation.split(' ');
      const declared = conformance.document.paths[template][method.toLowerCase()].responses;
      if (method !== 'GET' || !declared['404'] || !declared['304']) continue;
      const response = await call(method, template.replace(/\{[^}]+\}/g, UNKNOWN_ID));
      expect([operation, response.status]).toEqual([operation, 404]);
    }
    expect(problems).toEqual([]);
  });

  it('the main refusals of commands and queries answer their declared problems', async () => {
    const body = { kind: 'person', name: 'Dara Moradi', emails: ['dara@example.ir'], country: 'IR' };
    const first = await call('POST', '/v1/customers', { body });
    const refusals: Array<[string, Promise<Response>, number]> = [
      ['likely duplicate', call('POST', '/v1/customers', { body: { ...body, emails: ['dara@example.ir'] } }), 409],
      ['stale If-Match', call('PATCH', `/v1/customers/${first.body.id}`, { body: { name: 'Dara M.' }, headers: { 'If-Match': '"999"' } }), 412],
      ['domain rule', call('POST', '/v1/leads', { body: { name: 'No way to reach', source: 'fair' } }), 422],
      ['form body', call('POST', '/v1/customers', { raw: { type: 'application/x-www-form-urlencoded', data: 'kind=person&name=x' } }), 415],
      ['body too large', call('POST', '/v1/customers', { body: { ...body, name: 'x'.repeat(1_100_000) } }), 413],
      ['bad X-Min-Position', call('GET', `/v1/customers/${first.body.id}`, { headers: { 'X-Min-Position': 'soon' } }), 400],
      ['X-Min-Position not reached', call('GET', `/v1/customers/${first.body.id}`, { headers: { 'X-Min-Position': '999999999' } }), 503],
      ['bad limit', call('GET', '/v1/customers?limit=501'), 400],
    ];
    for (const [what, response, status] of refusals) expect([what, (await response).status]).toEqual([what, status]);
    const viewer = (await call('POST', '/v1/api-keys', { body: { role: 'viewer', name: 'read only' } })).body.key as string;
    const forbidden = await call('POST', '/v1/customers', { body, headers: { authorization: `Bearer ${viewer}` } });
    expect(forbidden.status).toBe(403);
    expect(problems).toEqual([]);
  });

  it('every operation of the document was exercised with a success answer', () => {
    const succeeded = conformance.operations().filter((operation) => [...(conformance.seen.get(operation) ?? [])].some((status) => status < 300));
    const missing = conformance.operations().filter((operation) => !succeeded.includes(operation));
    console.log(`OpenAPI response validation: ${succeeded.length}/${conformance.operations().length} operations answered successfully and validated`);
    expect(missing).toEqual([]);
  });
});

describe('the rate limit, as the served OpenAPI document declares it', () => {
  let limited: TestApp;
  beforeAll(async () => { limited = await startTestApp({ CRM_RATE_LIMIT_MAX: '2' }); }, 60_000);
  afterAll(() => limited?.close());

  it('answers 429 problem+json with Retry-After and RateLimit headers once the window is used up', async () => {
    const document = new OpenApiConformance((await limited.http().get('/docs-json').expect(200)).body);
    const responses: Response[] = [];
    for (let i = 0; i < 3; i++) responses.push(await limited.http().get('/v1/customers').set(limited.auth));
    expect(responses.map((response) => document.check('GET', '/v1/customers', response))).toEqual([[], [], []]);
    expect(responses.map((response) => response.status)).toEqual([200, 200, 429]);
    expect(responses[2].headers).toEqual(expect.objectContaining({ 'retry-after': expect.any(String), ratelimit: expect.any(String), 'ratelimit-policy': expect.any(String) }));
  });
});
