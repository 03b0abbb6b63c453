import { startTestApp, TestApp } from '../testing/test-app';

type Entry = { subjectId: string; actor: string; kind: string; route: string; requestId: string; at: string; parameters: Record<string, string> };

describe('the access log: who read whose personal data', () => {
  let t: TestApp;
  let now = new Date('2026-03-01T09:00:00.000Z');
  let x: string;
  let y: string;
  const keys: Record<string, { id: string; auth: Record<string, string> }> = {};
  const at = (instant: string) => { now = new Date(instant); };
  const head = async () => String(await t.infrastructure.eventStore.headPosition());
  const entries = async (query: string): Promise<Entry[]> =>
    (await t.http().get(`/v1/compliance/access-log?${query}`).set(t.auth).set('X-Min-Position', await head()).expect(200)).body.items;

  beforeAll(async () => {
    t = await startTestApp({}, { now: () => now });
    for (const name of ['alice', 'bob', 'carol']) {
      const created = (await t.http().post('/v1/api-keys').set(t.auth).send({ role: 'viewer', name }).expect(201)).body;
      keys[name] = { id: created.id, auth: { authorization: `Bearer ${created.key}` } };
    }
    x = (await t.http().post('/v1/customers').set(t.auth).send({ kind: 'person', name: 'Xavier Quist', country: 'NL', occurredAt: '2026-03-01T09:00:00Z' }).expect(201)).body.id;
    y = (await t.http().post('/v1/customers').set(t.auth).send({ kind: 'person', name: 'Yara Quist', country: 'NL' }).expect(201)).body.id;
    const ready = await head();
    at('2026-03-02T10:00:00.000Z');
    await t.http().get(`/v1/customers/${x}`).set(keys.carol.auth).set('X-Min-Position', ready).expect(200);
    at('2026-03-06T14:00:00.000Z');
    await t.http().get(`/v1/customers/${x}?asOf=2026-03-05T00:00:00Z`).set(keys.alice.auth).set('X-Request-Id', 'alice-view-1').expect(200);
    await t.http().get('/v1/customers?q=quist').set(keys.bob.auth).expect(200);
    at('2026-03-09T08:00:00.000Z');
    await t.http().get(`/v1/customers/${x}/history`).set(keys.alice.auth).expect(200);
    await t.http().get(`/v1/customers/${y}/timeline`).set(keys.carol.auth).expect(200);
    at('2026-03-12T09:00:00.000Z');
  });
  afterAll(() => t.close());

  it('answers who viewed customer X last week, and how', async () => {
    const lastWeek = await entries(`subjectId=${x}&from=2026-03-05T00:00:00Z&to=2026-03-12T00:00:00Z`);
    const who = lastWeek.map((e) => [e.actor, e.kind]);
    expect(who).toEqual([
      [`key:${keys.alice.id}`, 'customer.view'],
      [`key:${keys.bob.id}`, 'customer.search'],
      [`key:${keys.alice.id}`, 'customer.history'],
    ]);
    expect(lastWeek[0]).toMatchObject({ route: 'GET /v1/customers/:id', requestId: 'alice-view-1', at: '2026-03-06T14:00:00.000Z', parameters: { asOf: '2026-03-05T00:00:00Z' } });
    expect(lastWeek.some((e) => e.actor === `key:${keys.carol.id}`)).toBe(false);
  });

  it('records one entry per customer a search returned, without the search terms', async () => {
    const bobs = await entries(`actorId=${keys.bob.id}`);
    expect(bobs.map((e) => e.subjectId).sort()).toEqual([x, y].sort());
    expect(new Set(bobs.map((e) => e.requestId)).size).toBe(1);
    expect(JSON.stringify(bobs)).not.toContain('quist');
  });

  it('lists an actor\'s reads across subjects, page by page', async () => {
    const first = (await t.http().get(`/v1/compliance/access-log?actorId=key:${keys.carol.id}&limit=1`).set(t.auth).set('X-Min-Position', await head()).expect(200)).body;
    expect(first.items.map((e: Entry) => e.subjectId)).toEqual([x]);
    const second = (await t.http().get(`/v1/compliance/access-log?actorId=key:${keys.carol.id}&limit=1&cursor=${first.nextCursor}`).set(t.auth).expect(200)).body;
    expect(second.items.map((e: Entry) => [e.subjectId, e.kind])).toEqual([[y, 'customer.timeline']]);
    expect(second.nextCursor).toBeNull();
  });

  it('records nothing for a read that answered nothing', async () => {
    const before = (await entries('')).length;
    await t.http().get('/v1/customers/00000000-0000-4000-8000-000000000000').set(keys.bob.auth).expect(404);
    await t.http().get('/v1/customers?q=nobody-by-that-name').set(keys.bob.auth).expect(200);
    expect(await entries('')).toHaveLength(before);
  });

  it('lists every change by actor from the audit trail, and no reads', async () => {
    const audit = async (query: string) =>
      (await t.http().get(`/v1/audit/events?${query}`).set(t.auth).set('X-Min-Position', await head()).expect(200)).body.items as { type: string; actor: string; subjectId: string | null }[];
    const all = await audit('limit=500');
    const admin = all.find((e) => e.type === 'crm.customer.registered')!.actor;
    const byAdmin = await audit(`actorId=${admin}&from=2026-03-01T00:00:00Z&to=2026-03-02T00:00:00Z`);
    expect(byAdmin.every((e) => e.actor === admin)).toBe(true);
    expect(byAdmin.filter((e) => e.type === 'crm.access.api-key-created')).toHaveLength(3);
    expect(byAdmin.filter((e) => e.type === 'crm.customer.registered').map((e) => e.subjectId)).toEqual([x, y]);
    expect(await audit(`actorId=${keys.alice.id}`)).toEqual([]);
    expect(all.map((e) => e.type)).not.toContain('crm.compliance.personal-data-accessed');
    expect(JSON.stringify(all)).not.toContain('secretHash');
    expect(JSON.stringify(all)).not.toContain('Quist');
    await t.http().get('/v1/audit/events?from=last-tuesday').set(t.auth).expect(422);
  });
});
