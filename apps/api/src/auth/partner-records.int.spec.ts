import { routesOf } from '../http/route-catalogue';
import { startTestApp, TestApp } from '../testing/test-app';
import { PartnerRecordKind } from './partner-records';
import { ROUTE_RULES } from './permissions';

const UNKNOWN = '0b6f3c1e-6a7d-4e0f-9a41-5d2c7b8e9f10';
/** Where the records live that partner keys are confined on: every route under these paths is checked below. */
const RECORD_PATHS: Record<string, PartnerRecordKind> = { '/v1/leads': 'lead', '/v1/opportunities': 'opportunity', '/v1/cases': 'case', '/v1/tasks': 'task', '/v1/feedback': 'feedback' };
const ID_FIELD: Record<PartnerRecordKind, string> = { lead: 'leadId', opportunity: 'opportunityId', case: 'caseId', task: 'taskId', feedback: 'feedbackId' };
/** The body each command on a record takes (the path names the record). */
const COMMANDS: Record<string, object> = {
  'POST /v1/leads/:id/signals': { kind: 'demo_request' },
  'POST /v1/leads/:id/qualify': {},
  'POST /v1/leads/:id/disqualify': { reason: 'no budget' },
  'POST /v1/leads/:id/convert': {},
  'POST /v1/opportunities/:id/stage': { stage: 'Proposal' },
  'POST /v1/opportunities/:id/won': {},
  'POST /v1/opportunities/:id/lost': { reason: 'price' },
  'POST /v1/cases/:id/assign': { assignee: 'amir' },
  'POST /v1/cases/:id/escalate': { text: 'VIP' },
  'POST /v1/cases/:id/:action': { text: 'We are on it' },
  'POST /v1/tasks/:id/complete': {},
};
const CREATES = ['POST /v1/leads', 'POST /v1/opportunities', 'POST /v1/cases', 'POST /v1/tasks', 'POST /v1/feedback'];
const PATH_OF = Object.fromEntries(Object.entries(RECORD_PATHS).map(([path, kind]) => [kind, path])) as Record<PartnerRecordKind, string>;
let leads = 0;
const leadEmail = () => `lead.${++leads}@example.com`;
const kindOf = (route: string): PartnerRecordKind => RECORD_PATHS[Object.keys(RECORD_PATHS).find((p) => route.split(' ')[1].startsWith(p))!];
const urlOf = (route: string, id: string) => route.split(' ')[1].replace(':id', id).replace(':action', 'respond');

/**
 * Bottler A with two distributors, A1 (with retailer A1r) and its sibling A2. The key of A1 must
 * see the records of A1 and A1r, and nothing of A2 or of A above it, on every record route.
 */
describe('a partner key reads and changes only the sales and service records of its own subtree', () => {
  let t: TestApp;
  let routes: string[];
  let a1: Record<string, string>;
  let pipelineId: string;
  let slaPolicyId: string;
  const p: Record<string, string> = {};
  const c: Record<string, string> = {};
  const records: Record<PartnerRecordKind, Record<string, string>> = { lead: {}, opportunity: {}, case: {}, task: {}, feedback: {} };
  const MINE = ['A1', 'A1r'];
  const OTHERS = ['A', 'A2'];
  const head = async () => String(await t.infrastructure.eventStore.headPosition());
  const as = async (auth: Record<string, string>, method: string, url: string, body?: object) =>
    t.http()[method.toLowerCase() as 'get'](url).set(auth).set('x-min-position', await head()).send(body);
  const admin = async (url: string, body: object) => {
    const answer = await as(t.auth, 'POST', url, body);
    if (answer.status !== 201) throw new Error(`${url}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body.id as string;
  };
  /** A new record of the kind for a customer of `owner` (a lead: of the partner itself). */
  const create = async (kind: PartnerRecordKind, owner: string, by = t.auth): Promise<string> => {
    const customerId = c[owner];
    const body = {
      lead: { name: `Lead ${owner}`, email: leadEmail(), source: 'web', partnerId: p[owner] },
      opportunity: { customerId, pipelineId, name: `Deal ${owner}`, amount: { amount: '100.00', currency: 'EUR' }, expectedCloseDate: '2026-12-01' },
      case: { customerId, slaPolicyId, subject: `Case ${owner}`, priority: 'high', channel: 'email' },
      task: { customerId, title: `Call ${owner}` },
      feedback: { customerId, kind: 'nps', score: 9 },
    }[kind];
    const answer = await as(by, 'POST', PATH_OF[kind], body);
    if (answer.status !== 201) throw new Error(`${kind}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body.id as string;
  };
  const listIds = async (route: string, auth = a1): Promise<string[]> => {
    const answer = await as(auth, 'GET', `${route.split(' ')[1]}?limit=200`);
    expect(answer.status).toBe(200);
    return answer.body.items.map((item: Record<string, string>) => item[ID_FIELD[kindOf(route)]]);
  };

  beforeAll(async () => {
    t = await startTestApp({ CRM_RATE_LIMIT_MAX: '0' });
    routes = routesOf(t.app.getHttpAdapter().getInstance()).filter((r) => Object.keys(RECORD_PATHS).some((path) => r.split(' ')[1].startsWith(path))).sort();
    const partner = (name: string, kind: string, parentId?: string) => admin('/v1/partners', { name, kind, countries: ['IR'], ...(parentId ? { parentId } : {}) });
    p.A = await partner('Bottler A', 'bottler');
    p.A1 = await partner('Distributor A1', 'distributor', p.A);
    p.A1r = await partner('Retailer A1r', 'retailer', p.A1);
    p.A2 = await partner('Distributor A2', 'distributor', p.A);
    pipelineId = await admin('/v1/pipelines', { name: 'Beverages', stages: [{ name: 'Qualify', probability: 0.1 }, { name: 'Proposal', probability: 0.5 }] });
    slaPolicyId = await admin('/v1/sla-policies', { name: 'Tehran', timeZone: 'Asia/Tehran', workingHours: { sat: [['09:00', '17:00']] }, targets: { high: { firstResponse: 'PT1H' } } });
    for (const owner of [...MINE, ...OTHERS]) {
      c[owner] = await admin('/v1/customers', { kind: 'person', name: `Customer ${owner}`, partnerId: p[owner] });
      for (const kind of Object.keys(records) as PartnerRecordKind[]) records[kind][owner] = await create(kind, owner);
    }
    const key = await as(t.auth, 'POST', '/v1/api-keys', { role: 'partner', name: 'A1 portal', partnerId: p.A1 });
    a1 = { authorization: `Bearer ${key.body.key}` };
  });
  afterAll(() => t.close());

  it('covers every record route of the catalogue, and each has a partner rule', () => {
    expect(routes.length).toBeGreaterThanOrEqual(24);
    const uncovered = routes.filter((r) => !(r in COMMANDS) && !CREATES.includes(r) && !/^GET \/v1\/\w+(\/:id)?$/.test(r));
    expect(uncovered).toEqual([]);
    expect(routes.filter((r) => ROUTE_RULES[r]?.partner === undefined)).toEqual([]);
  });

  it('lists: exactly the records of its subtree (retailers included), whatever the filter asks for', async () => {
    for (const route of routes.filter((r) => /^GET \/v1\/\w+$/.test(r))) {
      const kind = kindOf(route);
      expect({ route, ids: (await listIds(route)).sort() }).toEqual({ route, ids: MINE.map((o) => records[kind][o]).sort() });
      const path = route.split(' ')[1];
      if (kind !== 'lead') {
        const foreign = await as(a1, 'GET', `${path}?customerId=${c.A2}`);
        expect({ route, items: foreign.body.items }).toEqual({ route, items: [] });
      }
      expect((await listIds(route, t.auth)).length).toBe(4);
    }
  });

  it('GET by id: its own records answer, a sibling\'s and the parent\'s are 404 exactly like an unknown id', async () => {
    for (const route of routes.filter((r) => /^GET \/v1\/\w+\/:id$/.test(r))) {
      const kind = kindOf(route);
      for (const owner of MINE) expect({ route, owner, status: (await as(a1, 'GET', urlOf(route, records[kind][owner]))).status }).toEqual({ route, owner, status: 200 });
      const unknown = await as(a1, 'GET', urlOf(route, UNKNOWN));
      for (const owner of OTHERS) {
        const answer = await as(a1, 'GET', urlOf(route, records[kind][owner]));
        expect({ route, owner, status: answer.status, type: answer.body.type }).toEqual({ route, owner, status: 404, type: unknown.body.type });
      }
    }
  });

  it('commands on a sibling\'s or the parent\'s record: 404 and nothing written; on its own: done', async () => {
    for (const route of routes.filter((r) => r in COMMANDS)) {
      const kind = kindOf(route);
      for (const owner of OTHERS) {
        const before = await head();
        const answer = await as(a1, 'POST', urlOf(route, records[kind][owner]), COMMANDS[route]);
        expect({ route, owner, status: answer.status, written: (await head()) !== before }).toEqual({ route, owner, status: 404, written: false });
      }
      const own = await create(kind, 'A1r');
      const answer = await as(a1, 'POST', urlOf(route, own), COMMANDS[route]);
      expect({ route, status: answer.status, body: answer.status < 300 ? 'ok' : answer.body }).toEqual({ route, status: 200, body: 'ok' });
    }
  });

  it('creates records only for customers, cases and leads of its subtree; a lead of its own is stamped with its partner', async () => {
    const before = await head();
    for (const kind of ['opportunity', 'case', 'task', 'feedback'] as const) {
      await expect(create(kind, 'A2', a1)).rejects.toThrow(`${kind}: 404`);
      await expect(create(kind, 'A', a1)).rejects.toThrow(`${kind}: 404`);
    }
    expect((await as(a1, 'POST', '/v1/tasks', { title: 'About their case', caseId: records.case.A2 })).status).toBe(404);
    expect((await as(a1, 'POST', '/v1/feedback', { customerId: c.A1r, kind: 'nps', score: 3, caseId: records.case.A2 })).status).toBe(404);
    expect((await as(a1, 'POST', '/v1/opportunities', { customerId: c.A1r, pipelineId, name: 'Theirs', amount: { amount: '1.00', currency: 'EUR' }, expectedCloseDate: '2026-12-01', leadId: records.lead.A2 })).status).toBe(404);
    expect((await as(a1, 'POST', '/v1/leads', { name: 'Referred', email: leadEmail(), source: 'referral', referrerCustomerId: c.A2 })).status).toBe(404);
    expect((await as(a1, 'POST', '/v1/leads', { name: 'Poached', email: leadEmail(), source: 'web', partnerId: p.A2 })).status).toBe(422);
    expect(await head()).toBe(before);

    const stamped = (await as(a1, 'POST', '/v1/leads', { name: 'Walk-in', email: leadEmail(), source: 'web' })).body.id;
    expect((await as(a1, 'GET', `/v1/leads/${stamped}`)).body.partnerId).toBe(p.A1);
    const task = (await as(a1, 'POST', '/v1/tasks', { title: 'Restock the shelf' })).body.id;
    expect((await as(a1, 'GET', `/v1/tasks/${task}`)).body.partnerId).toBe(p.A1);
    for (const kind of ['opportunity', 'case', 'task', 'feedback'] as const) {
      const id = await create(kind, 'A1r', a1);
      const route = PATH_OF[kind];
      expect({ kind, partnerId: (await as(a1, 'GET', `${route}/${id}`)).body.partnerId }).toEqual({ kind, partnerId: p.A1r });
    }
  });

  it("a customer's records follow it into the subtree when its partner changes, and out of it again", async () => {
    const moved = ['opportunity', 'case', 'task', 'feedback'] as const;
    expect((await as(t.auth, 'PATCH', `/v1/customers/${c.A2}`, { partnerId: p.A1r })).status).toBe(200);
    for (const kind of moved) {
      const route = PATH_OF[kind];
      expect({ kind, status: (await as(a1, 'GET', `${route}/${records[kind].A2}`)).status }).toEqual({ kind, status: 200 });
      expect({ kind, listed: (await listIds(`GET ${route}`)).includes(records[kind].A2) }).toEqual({ kind, listed: true });
    }
    expect((await as(t.auth, 'PATCH', `/v1/customers/${c.A2}`, { partnerId: p.A2 })).status).toBe(200);
    for (const kind of moved) {
      const route = PATH_OF[kind];
      expect({ kind, status: (await as(a1, 'GET', `${route}/${records[kind].A2}`)).status }).toEqual({ kind, status: 404 });
      expect({ kind, listed: (await listIds(`GET ${route}`)).includes(records[kind].A2) }).toEqual({ kind, listed: false });
    }
  });
});
