import { Role, ROLES } from '../../../../libs/access/api-key.events';
import { routesOf } from '../http/route-catalogue';
import { serviceSteps } from '../service/service-test-helpers';
import { startTestApp, TestApp } from '../testing/test-app';
import { allows, ROUTE_RULES } from './permissions';

// Markers standing in every personal field the answers below could carry.
const MARKERS = ['Quillantha', 'quillantha@example.org', 'Brassvine', 'Tollymoss', 'Orrinwyck', 'Fenlowe', 'fenlowe@example.net', 'Kestrigan', 'Zembrovar'];
const NOT_MARKED = ['GET /v1/events/stream', 'GET /metrics'];

type Sight = 'personal' | 'redacted' | 'refused';
const all = (sight: Sight, except: Partial<Record<Role, Sight>>): Record<Role, Sight> =>
  Object.fromEntries(ROLES.map((role) => [role, except[role] ?? sight])) as Record<Role, Sight>;

/**
 * Written apart from the permission table: per route, which roles receive personal fields.
 * `redacted`: the route answers, without any personal field. Every GET route not listed here
 * must answer no personal field to anyone.
 */
const SEES: Record<string, Record<Role, Sight>> = {
  'GET /v1/customers': all('personal', { analyst: 'refused' }),
  'GET /v1/customers/:id': all('personal', { analyst: 'refused' }),
  'GET /v1/compliance/subjects/:id/export': all('refused', { compliance: 'personal', admin: 'personal' }),
  'GET /v1/customers/:id/contact-points/:contactPointId': all('personal', { analyst: 'refused' }),
  'GET /v1/leads': all('personal', { analyst: 'redacted', compliance: 'refused' }),
  'GET /v1/leads/:id': all('personal', { analyst: 'redacted', compliance: 'refused' }),
  'GET /v1/feedback': all('personal', { analyst: 'redacted', compliance: 'refused' }),
  'GET /v1/feedback/:id': all('personal', { analyst: 'redacted', compliance: 'refused' }),
  'GET /v1/cases': all('personal', { analyst: 'redacted', compliance: 'refused' }),
  'GET /v1/cases/:id': all('personal', { analyst: 'redacted', compliance: 'refused' }),
  'GET /v1/tasks': all('personal', { analyst: 'redacted', compliance: 'refused' }),
  'GET /v1/tasks/:id': all('personal', { analyst: 'redacted', compliance: 'refused' }),
};

describe('personal fields per route and role', () => {
  let t: TestApp;
  const keys: Partial<Record<Role, string>> = {};
  const url: Record<string, string> = {};
  let routes: string[];

  beforeAll(async () => {
    t = await startTestApp({ CRM_RATE_LIMIT_MAX: '0' });
    const s = serviceSteps(t);
    const partnerId = await s.partner({ name: 'Matrix Bottling', countries: ['DE'] });
    for (const role of ROLES) {
      keys[role] = (await s.post('/v1/api-keys', { role, name: `sight ${role}`, ...(role === 'partner' ? { partnerId } : {}) })).key;
    }
    const customerId = await s.customer({ name: 'Quillantha Brassvine', emails: ['quillantha@example.org'], partnerId, country: 'DE' });
    await s.post(`/v1/customers/${customerId}/interactions`, { channel: 'phone', direction: 'inbound', subject: 'Tollymoss' });
    const caseId = await s.openCase(customerId, await s.policy(), { subject: 'Orrinwyck' });
    const taskId = (await s.post('/v1/tasks', { title: 'Call Quillantha', customerId })).id;
    const leadId = (await s.post('/v1/leads', { name: 'Fenlowe', email: 'fenlowe@example.net', company: 'Kestrigan', source: 'web', partnerId })).id;
    const feedbackId = (await s.post('/v1/feedback', { customerId, kind: 'nps', score: 9, comment: 'Zembrovar was kind' })).id;
    const contactPointId = (await s.get(`/v1/customers/${customerId}`)).contactPoints[0].id;
    Object.assign(url, {
      'GET /v1/customers': '/v1/customers?email=quillantha@example.org', 'GET /v1/customers/:id': `/v1/customers/${customerId}`,
      'GET /v1/customers/:id/timeline': `/v1/customers/${customerId}/timeline`, 'GET /v1/customers/:id/history': `/v1/customers/${customerId}/history`,
      'GET /v1/customers/:id/consents/at': `/v1/customers/${customerId}/consents/at?purpose=marketing&channel=email&at=2030-01-01T00:00:00Z`,
      'GET /v1/compliance/subjects/:id/export': `/v1/compliance/subjects/${customerId}/export`, 'GET /v1/leads/:id': `/v1/leads/${leadId}`,
      'GET /v1/cases/:id': `/v1/cases/${caseId}`, 'GET /v1/tasks/:id': `/v1/tasks/${taskId}`, 'GET /v1/partners/:id': `/v1/partners/${partnerId}`,
      'GET /v1/compliance/access-log': `/v1/compliance/access-log?subjectId=${customerId}`,
      'GET /v1/feedback/:id': `/v1/feedback/${feedbackId}`, 'GET /v1/customers/:id/contact-points/:contactPointId': `/v1/customers/${customerId}/contact-points/${contactPointId}`,
    });
    await s.get('/v1/events'); // caught up to the head
    const registered = new Set(routesOf(t.app.getHttpAdapter().getInstance()));
    routes = Object.keys(ROUTE_RULES).filter((route) => route.startsWith('GET ') && registered.has(route) && !NOT_MARKED.includes(route)).sort();
  });
  afterAll(() => t.close());

  const read = async (route: string, role: Role) => {
    const path = url[route] ?? route.slice(4).replace(/:\w+/g, '0b6f3c1e-6a7d-4e0f-9a41-5d2c7b8e9f10');
    const answer = await t.app.inject({ method: 'GET', url: path, headers: { authorization: `Bearer ${keys[role]}` } });
    return { status: answer.statusCode, shown: MARKERS.filter((marker) => answer.body.includes(marker)) };
  };

  it('matches the expected table to the permission table (refused exactly where a role lacks the route permission)', () => {
    for (const [route, sights] of Object.entries(SEES)) {
      for (const role of ROLES) expect(`${route} ${role}: ${sights[role] === 'refused'}`).toBe(`${route} ${role}: ${!allows(role, ROUTE_RULES[route])}`);
    }
  });

  it.each(Object.keys(SEES).flatMap((route) => ROLES.map((role) => [route, role] as const)))('%s answers %s as the table of personal fields says', async (route, role) => {
    const { status, shown } = await read(route, role);
    const sight = SEES[route][role];
    if (sight === 'refused') return expect(status).toBe(403);
    expect(status).toBe(200);
    if (sight === 'personal') expect(shown.length).toBeGreaterThan(0);
    else expect(shown).toEqual([]);
  });

  it('answers no personal field to any role on every other GET route', async () => {
    const leaks: string[] = [];
    for (const route of routes.filter((r) => !SEES[r])) {
      for (const role of ROLES) {
        const { shown } = await read(route, role);
        if (shown.length) leaks.push(`${route} as ${role}: ${shown.join(', ')}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
