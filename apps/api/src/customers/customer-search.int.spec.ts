import { startTestApp, TestApp } from '../testing/test-app';

type Item = { customerId: string; name: string };

describe('searching and listing customers the way people type and sort', () => {
  let t: TestApp;
  let position: number;
  const ids: Record<string, string> = {};
  const names = ['Hans Müller', 'Hannah Schmidt', 'Jürgen Groß', 'علی کریمی', '山田太郎', 'Anna Berg'];
  beforeAll(async () => {
    t = await startTestApp();
    for (const [i, name] of names.entries()) {
      const day = String(i + 1).padStart(2, '0');
      const created = await t.http().post('/v1/customers').set(t.auth)
        .send({ kind: 'person', name, emails: [`c${i}@example.com`], country: 'DE', occurredAt: `2026-03-${day}T09:00:00Z` }).expect(201);
      ids[name] = created.body.id;
    }
    await t.http().post(`/v1/customers/${ids['Anna Berg']}/interactions`).set(t.auth)
      .send({ channel: 'phone', direction: 'inbound', subject: 'Hallo', occurredAt: '2026-04-01T09:00:00Z' }).expect(201);
    position = await t.infrastructure.eventStore.headPosition();
  });
  afterAll(() => t.close());

  const read = (path: string) => t.http().get(path).set(t.auth).set('X-Min-Position', String(position));
  const namesOf = async (query: string) => ((await read(`/v1/customers?${query}`).expect(200)).body.items as Item[]).map((c) => c.name);

  it('finds names by the word typed so far', async () => {
    expect(await namesOf('q=Han')).toEqual(expect.arrayContaining(['Hans Müller', 'Hannah Schmidt']));
    expect(await namesOf('q=Han')).toHaveLength(2);
    expect(await namesOf('q=hans%20m')).toEqual(['Hans Müller']);
    expect(await namesOf('q=Hans%20')).toEqual(['Hans Müller']);
  });

  it('finds Müller as Mueller and Muller, Groß as Gross, whatever the case', async () => {
    for (const q of ['Mueller', 'Muller', 'MÜLLER', 'müller']) expect(await namesOf(`q=${encodeURIComponent(q)}`)).toEqual(['Hans Müller']);
    for (const q of ['Gross', 'groß', 'Juergen']) expect(await namesOf(`q=${encodeURIComponent(q)}`)).toEqual(['Jürgen Groß']);
  });

  it('finds Persian names typed with Arabic letters and CJK names typed in part or in full-width forms', async () => {
    expect(await namesOf(`q=${encodeURIComponent('علي كريمي')}`)).toEqual(['علی کریمی']);
    expect(await namesOf(`q=${encodeURIComponent('太郎')}`)).toEqual(['山田太郎']);
    expect(await namesOf(`q=${encodeURIComponent('Ａｎｎａ')}`)).toEqual(['Anna Berg']);
  });

  it('sorts by folded name either way and pages through with cursors of that order', async () => {
    const first = (await read('/v1/customers?sort=name&limit=2').expect(200)).body;
    expect(first.items.map((c: Item) => c.name)).toEqual(['Anna Berg', 'Hannah Schmidt']);
    const second = (await read(`/v1/customers?sort=name&limit=2&cursor=${first.nextCursor}`).expect(200)).body;
    expect(second.items.map((c: Item) => c.name)).toEqual(['Hans Müller', 'Jürgen Groß']);
    expect((await namesOf('sort=-name&limit=1'))).toEqual(['山田太郎']);
  });

  it('sorts by last contact (never contacted first, ascending) and by creation, newest first', async () => {
    expect((await namesOf('sort=-lastContactAt&limit=1'))).toEqual(['Anna Berg']);
    expect((await namesOf('sort=createdAt&limit=2'))).toEqual(['Hans Müller', 'Hannah Schmidt']);
    expect((await namesOf('sort=-createdAt&limit=1'))).toEqual(['Anna Berg']);
  });

  it('tells the total when the page holds everything or one indexed equality counts it, and omits it otherwise', async () => {
    expect((await read('/v1/customers?q=Han').expect(200)).body.total).toBe(2);
    const byCountry = (await read('/v1/customers?country=DE&limit=2').expect(200)).body;
    expect(byCountry.total).toBe(names.length);
    const page = (await read('/v1/customers?q=H&limit=1').expect(200)).body;
    expect(page.nextCursor).not.toBeNull();
    expect(page).not.toHaveProperty('total');
  });

  it('refuses an unknown order and a cursor of another order with problem+json', async () => {
    const bad = await read('/v1/customers?sort=age').expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('sort');
    const byId = (await read('/v1/customers?limit=1').expect(200)).body;
    const wrong = await read(`/v1/customers?sort=name&cursor=${byId.nextCursor}`).expect(400);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
  });
});
