import { startTestApp, TestApp } from '../../testing/test-app';
import { activeCollection } from '../../../../../libs/read-models/runner/registry';
import { ServiceWorker } from '../../service/service-worker';
import { SEGMENT_CHECKPOINTS, SegmentMembershipJob } from './segment-membership.job';

type Item = { customerId: string; enteredAt: string };

describe('segments: membership follows the events that change what the rule reads', () => {
  let t: TestApp;
  let worker: ServiceWorker;
  const head = async () => String(await t.infrastructure.eventStore.headPosition());
  const get = async (path: string, status = 200) => {
    const answer = await t.http().get(path).set(t.auth).set('x-min-position', await head());
    expect({ path, status: answer.status, body: answer.status === status ? undefined : answer.body }).toEqual({ path, status, body: undefined });
    return answer;
  };
  const post = (path: string, body: object) => t.http().post(path).set(t.auth).send(body);
  /** One worker round after everything written so far is in the read models. */
  const workerRound = async () => {
    await get('/v1/segments');
    await worker.tick();
  };
  const customer = async (name: string, extra: object = {}) => (await post('/v1/customers', { kind: 'person', name, ...extra }).expect(201)).body.id as string;
  const nps = (customerId: string, score: number, occurredAt: string) => post('/v1/feedback', { customerId, kind: 'nps', score, occurredAt }).expect(201);
  const segment = async (rule: object, name = 'Promoters', occurredAt?: string) => (await post('/v1/segments', { name, rule, occurredAt }).expect(201)).body.id as string;
  const members = async (segmentId: string, query = '') => ((await get(`/v1/segments/${segmentId}/members${query}`)).body.items as Item[]);
  const membershipEvents = async (segmentId: string) => ((await get('/v1/events?limit=500&type=crm.segment.member-entered,crm.segment.member-left')).body.items as { type: string; subject: string; data: { data: { segmentId: string } } }[])
    .filter((e) => e.data.data.segmentId === segmentId).map((e) => [e.type.slice('crm.segment.member-'.length), e.subject]);

  beforeAll(async () => {
    t = await startTestApp({ CRM_WORKER: 'off', CRM_RATE_LIMIT_MAX: '0' });
    worker = t.app.get(ServiceWorker);
  });
  afterAll(() => t.close());

  it('refuses rules that are not rules: unknown fields, wrong ops and values, too deep, too large, raw queries', async () => {
    const refused = async (rule: unknown) => {
      const answer = await post('/v1/segments', { name: 'Bad', rule }).expect(422);
      expect(answer.headers['content-type']).toMatch(/application\/problem\+json/);
      return (answer.body.errors as { field: string }[]).map((e) => e.field);
    };
    expect(await refused({ all: [{ field: 'email', op: 'eq', value: 'a@example.com' }] })).toEqual(['rule.all[0].field']);
    expect(await refused({ all: [{ field: 'lastNps', op: 'before', value: 9 }] })).toEqual(['rule.all[0].op']);
    expect(await refused({ any: [{ field: 'lastNps', op: 'gte', value: 'nine' }, { field: 'country', op: 'in', value: ['IR', 'XX'] }] })).toEqual(['rule.any[0].value', 'rule.any[1].value[1]']);
    expect(await refused({ all: [{ field: 'lastContactAt', op: 'after', value: 'yesterday' }] })).toEqual(['rule.all[0].value']);
    expect(await refused({ all: [{ any: [{ all: [{ any: [{ all: [{ field: 'openCases', op: 'gte', value: 1 }] }] }] }] }] })).toEqual(['rule.all[0].any[0].all[0].any[0]']);
    const many = Array.from({ length: 20 }, () => ({ field: 'openCases', op: 'gte', value: 1 }));
    expect(await refused({ any: [{ all: many }, { all: many }, { all: many }] })).toEqual(['rule']);
    expect(await refused({ $where: 'this.country == "IR"' })).toEqual(['rule']);
    expect(await refused({ all: [{ field: 'country', op: 'eq', value: 'IR', $regex: '.*' }] })).toEqual(['rule.all[0]']);
  });

  it('a customer enters when an event makes the rule hold and leaves when one makes it fail, each change an event about the customer in the feed', async () => {
    const sara = await customer('Sara', { country: 'IR' });
    const omid = await customer('Omid', { country: 'IR' });
    const hans = await customer('Hans', { country: 'DE' });
    const segmentId = await segment({ all: [{ field: 'country', op: 'eq', value: 'IR' }, { field: 'lastNps', op: 'gte', value: 9 }] });
    await workerRound();
    expect(await members(segmentId)).toEqual([]);

    await nps(sara, 10, '2026-03-01T10:00:00Z');
    await nps(hans, 10, '2026-03-01T10:00:00Z');
    await nps(omid, 6, '2026-03-01T10:00:00Z');
    await workerRound();
    expect(await members(segmentId)).toEqual([{ customerId: sara, enteredAt: '2026-03-01T10:00:00.000Z' }]);

    await nps(sara, 3, '2026-03-05T10:00:00Z');
    await nps(omid, 9, '2026-03-05T12:00:00Z');
    await workerRound();
    expect(await members(segmentId)).toEqual([{ customerId: omid, enteredAt: '2026-03-05T12:00:00.000Z' }]);
    expect(await membershipEvents(segmentId)).toEqual([['entered', sara], ['left', sara], ['entered', omid]]);
  });

  it('answers the members as of a business time, from the membership events', async () => {
    const [a, b] = [await customer('Asof A', { country: 'AM' }), await customer('Asof B', { country: 'AM' })];
    const segmentId = await segment({ all: [{ field: 'country', op: 'eq', value: 'AM' }, { field: 'lastNps', op: 'gte', value: 9 }] });
    await workerRound();
    await nps(a, 9, '2026-04-01T00:00:00Z');
    await workerRound();
    await nps(b, 10, '2026-04-10T00:00:00Z');
    await nps(a, 2, '2026-04-20T00:00:00Z');
    await workerRound();
    const at = async (asOf: string) => (await members(segmentId, `?asOf=${asOf}`)).map((m) => m.customerId);
    expect(await at('2026-03-31T00:00:00Z')).toEqual([]);
    expect(await at('2026-04-05T00:00:00Z')).toEqual([a]);
    expect((await at('2026-04-15T00:00:00Z')).sort()).toEqual([a, b].sort());
    expect(await at('2026-04-25T00:00:00Z')).toEqual([b]);
    expect(await members(segmentId, '?asOf=2026-04-05T00:00:00Z')).toEqual([{ customerId: a, enteredAt: '2026-04-01T00:00:00.000Z' }]);
  });

  it('with purpose and channel lists only members whose consent is in force', async () => {
    const early = { country: 'GE', occurredAt: '2025-12-01T00:00:00Z' };
    const [yes, no, withdrawn] = [await customer('Consent yes', early), await customer('Consent no', early), await customer('Consent gone', early)];
    await post(`/v1/customers/${yes}/consents`, { purpose: 'marketing', channel: 'email', granted: true, occurredAt: '2026-01-01T00:00:00Z' }).expect(200);
    await post(`/v1/customers/${withdrawn}/consents`, { purpose: 'marketing', channel: 'any', granted: true, occurredAt: '2026-01-01T00:00:00Z' }).expect(200);
    await post(`/v1/customers/${withdrawn}/consents`, { purpose: 'marketing', channel: 'any', granted: false, occurredAt: '2026-02-01T00:00:00Z' }).expect(200);
    // Defined back in January: its members entered then, at the rule's business time.
    const segmentId = await segment({ any: [{ field: 'country', op: 'in', value: ['GE'] }] }, 'Georgia', '2026-01-10T00:00:00Z');
    await workerRound();
    const ids = async (query: string) => (await members(segmentId, query)).map((m) => m.customerId).sort();
    expect(await ids('')).toEqual([yes, no, withdrawn].sort());
    expect(await ids('?purpose=marketing&channel=email')).toEqual([yes]);
    expect(await ids('?purpose=marketing&channel=sms')).toEqual([]);
    expect(await ids('?purpose=marketing&channel=email&asOf=2026-01-15T00:00:00Z')).toEqual([yes, withdrawn].sort());
    await get(`/v1/segments/${segmentId}/members?channel=email`, 422);
  });

  it('a rule changed later is evaluated again over every customer', async () => {
    const [x, y] = [await customer('Edit X', { country: 'TR', preferredLanguage: 'tr' }), await customer('Edit Y', { country: 'TR', preferredLanguage: 'en' })];
    const segmentId = await segment({ all: [{ field: 'preferredLanguage', op: 'eq', value: 'tr' }, { field: 'country', op: 'eq', value: 'TR' }] }, 'Turkish');
    await workerRound();
    expect((await members(segmentId)).map((m) => m.customerId)).toEqual([x]);
    const changed = await t.http().patch(`/v1/segments/${segmentId}`).set(t.auth).send({ rule: { all: [{ field: 'preferredLanguage', op: 'eq', value: 'en' }, { field: 'country', op: 'eq', value: 'TR' }] }, occurredAt: '2026-05-01T00:00:00Z' }).expect(200);
    expect((await get(`/v1/segments/${segmentId}`)).body).toMatchObject({ ruleVersion: 2, position: changed.body.position });
    await workerRound();
    expect(await members(segmentId)).toEqual([{ customerId: y, enteredAt: '2026-05-01T00:00:00.000Z' }]);
    const [first, ...reevaluated] = await membershipEvents(segmentId);
    // The new rule walks every customer in id order: the two changes come in either order.
    expect([first, reevaluated.sort()]).toEqual([['entered', x], [['entered', y], ['left', x]]]);
  });

  it('GET /v1/customers?segmentId= lists the current members only, and refuses what it cannot serve', async () => {
    const [p, q] = [await customer('List P', { country: 'AZ' }), await customer('List Q', { country: 'AZ' })];
    await customer('List R', { country: 'KZ' });
    const segmentId = await segment({ all: [{ field: 'country', op: 'eq', value: 'AZ' }] }, 'Azerbaijan');
    await workerRound();
    const listed = async (query: string) => ((await get(`/v1/customers?${query}`)).body.items as { customerId: string }[]).map((c) => c.customerId);
    expect(await listed(`segmentId=${segmentId}`)).toEqual([p, q].sort());
    expect(await listed(`segmentId=${segmentId}&q=List P`)).toEqual([p]);
    const first = (await get(`/v1/customers?segmentId=${segmentId}&limit=1`)).body;
    const second = (await get(`/v1/customers?segmentId=${segmentId}&limit=1&cursor=${first.nextCursor}`)).body;
    expect([...first.items, ...second.items].map((c: { customerId: string }) => c.customerId)).toEqual([p, q].sort());
    await get(`/v1/customers?segmentId=${segmentId}&sort=name`, 400);
    expect((await get('/v1/customers?segmentId=0b6f3c1e-6a7d-4e0f-9a41-5d2c7b8e9f10', 422)).body.errors).toEqual([{ field: 'segmentId', message: 'no such segment' }]);
  });

  it('an erased customer leaves every segment it was in', async () => {
    const erased = await customer('Erased E', { country: 'UZ' });
    const kept = await customer('Kept K', { country: 'UZ' });
    const segmentId = await segment({ all: [{ field: 'country', op: 'eq', value: 'UZ' }] }, 'Uzbekistan');
    await workerRound();
    expect((await members(segmentId)).map((m) => m.customerId).sort()).toEqual([erased, kept].sort());
    await post(`/v1/compliance/subjects/${erased}/erase`, { reason: 'asked to be forgotten' }).expect((r) => expect(r.status).toBeLessThan(300));
    await workerRound();
    expect((await members(segmentId)).map((m) => m.customerId)).toEqual([kept]);
  });

  it('a round that runs out of time leaves its batch to the next round, which finishes it', async () => {
    const ids = [await customer('Late K', { country: 'KG' }), await customer('Late L', { country: 'KG' })].sort();
    const segmentId = await segment({ all: [{ field: 'country', op: 'eq', value: 'KG' }] }, 'Kyrgyzstan');
    await get('/v1/segments');
    const before = await head();
    expect(await t.app.get(SegmentMembershipJob).runBatch(async () => undefined, 1000, Date.now() - 1)).toBe(0);
    expect(await head()).toBe(before);
    await workerRound();
    expect((await members(segmentId)).map((m) => m.customerId)).toEqual(ids);
  });

  it('a repeated batch (a crash before the checkpoint, or a takeover) writes no membership event twice', async () => {
    expect((await get('/v1/events?limit=500&type=crm.segment.member-entered')).body.items.length).toBeGreaterThan(3);
    const before = await head();
    await t.infrastructure.documentStore.dropCollection(SEGMENT_CHECKPOINTS);
    // Without the membership read model every member looks new: only the membership streams stop a second entry.
    await t.infrastructure.documentStore.dropCollection(await activeCollection(t.infrastructure.documentStore, 'segment-members'));
    const job = t.app.get(SegmentMembershipJob);
    while ((await job.runBatch(async () => undefined)) > 0);
    expect(await head()).toBe(before);
  });
});
