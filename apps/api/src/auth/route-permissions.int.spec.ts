import http from 'node:http';
import { AddressInfo } from 'node:net';
import { Role, ROLES } from '../../../../libs/access/api-key.events';
import { routesOf } from '../http/route-catalogue';
import { startTestApp, TestApp } from '../testing/test-app';
import { allows, ROUTE_RULES } from './permissions';

const ANY_ID = '0b6f3c1e-6a7d-4e0f-9a41-5d2c7b8e9f10';
const STREAMING = new Set(['GET /v1/events/stream']);
const routes = Object.keys(ROUTE_RULES).sort();
const callers: string[] = ['anonymous', ...ROLES];

/** What the table says a caller must get: 401 without a key, 403 without the permission, anything else otherwise. */
function expected(route: string, caller: string): '401' | '403' | 'allowed' {
  const rule = ROUTE_RULES[route];
  if (rule.permission === 'public') return 'allowed';
  if (caller === 'anonymous') return '401';
  return allows(caller as Role, rule) ? 'allowed' : '403';
}

describe(`every route × every role: ${routes.length} routes × ${callers.length} callers = ${routes.length * callers.length} cases`, () => {
  let t: TestApp;
  let registered: Set<string>;
  let port: number;
  const keys: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ CRM_RATE_LIMIT_MAX: '0' });
    registered = new Set(routesOf(t.app.getHttpAdapter().getInstance()));
    const partner = await t.http().post('/v1/partners').set(t.auth).send({ name: 'Matrix Bottling', kind: 'bottler', countries: ['DE'] }).expect(201);
    for (const role of ROLES) {
      const body = { role, name: `matrix ${role}`, ...(role === 'partner' ? { partnerId: partner.body.id } : {}) };
      keys[role] = (await t.http().post('/v1/api-keys').set(t.auth).send(body).expect(201)).body.key;
    }
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  it('has a permission for every route the app registers (deny by default keeps unlisted ones admin-only)', () => {
    const unlisted = [...registered].filter((route) => !Object.hasOwn(ROUTE_RULES, route));
    expect(unlisted).toEqual([]);
  });

  async function status(route: string, caller: string): Promise<number> {
    const [method, template] = route.split(' ');
    const url = template.replace(/:action\b/, 'respond').replace(/:\w+/g, ANY_ID);
    const headers: Record<string, string> = caller === 'anonymous' ? {} : { authorization: `Bearer ${keys[caller]}` };
    if (STREAMING.has(route)) return streamStatus(url, headers);
    const body = ['POST', 'PUT', 'PATCH'].includes(method) ? {} : undefined;
    const answer = await t.app.inject({ method: method as 'GET', url, headers, ...(body ? { payload: body } : {}) });
    return answer.statusCode;
  }

  function streamStatus(path: string, headers: Record<string, string>): Promise<number> {
    return new Promise((resolve, reject) => {
      const request = http.get({ host: '127.0.0.1', port, path, headers }, (response) => {
        resolve(response.statusCode ?? 0);
        request.destroy();
      });
      request.on('error', (error) => ((error as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(error)));
    });
  }

  // Written apart from the table, so a wrong table entry cannot make its own test pass.
  it.each([
    ['viewer', 'POST /v1/customers', '403'], ['viewer', 'GET /v1/customers', 'allowed'], ['agent', 'PATCH /v1/customers/:id', '403'],
    ['agent', 'POST /v1/customers/:id/interactions', 'allowed'], ['editor', 'POST /v1/api-keys', '403'], ['analyst', 'GET /v1/customers/:id', '403'],
    ['analyst', 'GET /v1/analytics/pipeline', 'allowed'], ['compliance', 'POST /v1/compliance/subjects/:id/erase', 'allowed'],
    ['compliance', 'POST /v1/customers', '403'], ['partner', 'GET /v1/audit/events', '403'], ['partner', 'GET /v1/api-keys', '403'],
    ['partner', 'POST /v1/compliance/subjects/:id/erase', '403'], ['partner', 'GET /v1/customers', 'allowed'], ['admin', 'DELETE /v1/api-keys/:id', 'allowed'],
  ])('spot check: %s on %s is %s', async (caller, route, want) => {
    const got = await status(route, caller);
    if (want === 'allowed') expect([401, 403]).not.toContain(got);
    else expect(String(got)).toBe(want);
  });

  describe.each(routes)('%s', (route) => {
    it.each(callers)('answers %s as the permission table says', async (caller) => {
      expect(registered).toContain(route); // a table row for a route the app lacks would pass without asking anything
      const got = await status(route, caller);
      const want = expected(route, caller);
      expect(got).toBeLessThan(500);
      if (want === 'allowed') expect([401, 403]).not.toContain(got);
      else expect(String(got)).toBe(want);
    });
  });
});
