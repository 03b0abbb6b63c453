import { startTestApp, TestApp } from '../testing/test-app';

describe('bad input: JSON only, and no business time from the future', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ CRM_MAX_FUTURE_SKEW_SECONDS: '120' });
  });
  afterAll(() => t.close());

  const head = () => t.infrastructure.eventStore.headPosition();
  const post = (path: string, body: object) => t.http().post(path).set(t.auth).send(body);
  const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();

  it.each([
    ['application/x-www-form-urlencoded', 'kind=person&name=Jane+Roe&allowDuplicate=true'],
    ['text/plain', '{"kind":"person","name":"Jane Roe"}'],
    ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="kind"\r\n\r\nperson\r\n--x--\r\n'],
    ['text/csv', 'kind,name\nperson,Jane Roe\n'],
    ['application/x-ndjson', '{"kind":"person","name":"Jane Roe"}\n'],
  ])('refuses a customer sent as %s with 415 problem+json, writing nothing', async (type, body) => {
    const before = await head();
    const res = await t.http().post('/v1/customers').set(t.auth).set('content-type', type).send(body).expect(415);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 415, type: expect.any(String), title: expect.any(String), detail: expect.stringContaining('application/json') });
    expect(await head()).toBe(before);
  });

  it('still takes imports as text/csv and application/x-ndjson', async () => {
    await t.http().post('/v1/imports').set(t.auth).set('content-type', 'text/csv').send('name,kind\nMaryam Rezaei,person\n').expect(200);
    await t.http().post('/v1/imports').set(t.auth).set('content-type', 'application/x-ndjson').send('{"name":"Ali Karimi","kind":"person"}\n').expect(200);
  });

  it('refuses a customer registered in 2099 with 422 naming occurredAt, writing nothing', async () => {
    const before = await head();
    const res = await post('/v1/customers', { kind: 'person', name: 'Jane Roe', allowDuplicate: true, occurredAt: '2099-01-01T00:00:00Z' }).expect(422);
    expect(res.body.errors).toEqual([{ field: 'occurredAt', message: expect.stringContaining('in the future') }]);
    expect(await head()).toBe(before);
  });

  it('keeps the last contact in the present: an interaction beyond the skew is refused, one within it accepted', async () => {
    const id = (await post('/v1/customers', { kind: 'person', name: 'Jane Roe', allowDuplicate: true }).expect(201)).body.id;
    const far = await post(`/v1/customers/${id}/interactions`, { channel: 'phone', direction: 'inbound', occurredAt: inSeconds(3600) }).expect(422);
    expect(far.body.errors).toEqual([expect.objectContaining({ field: 'occurredAt' })]);
    const near = inSeconds(60);
    await post(`/v1/customers/${id}/interactions`, { channel: 'phone', direction: 'inbound', occurredAt: near }).expect(201);
    const view = await t.http().get(`/v1/customers/${id}`).set(t.auth).set('X-Min-Position', String(await head())).expect(200);
    expect(view.body.lastContactAt).toBe(near);
  });

  it('reports an imported row dated in the future as invalid, naming occurredAt, and imports the rest', async () => {
    const rows = `name,kind,occurredAt\nJane Roe,person,2099-01-01T00:00:00Z\nJohn Roe,person,2020-01-01T00:00:00Z\n`;
    const res = await t.http().post('/v1/imports').set(t.auth).set('content-type', 'text/csv').send(rows).expect(200);
    expect(res.body).toMatchObject({ rows: 2, imported: 1, invalid: 1 });
    expect(res.body.problems).toEqual([expect.objectContaining({ row: 2, status: 'invalid', errors: [expect.objectContaining({ field: 'occurredAt' })] })]);
  });

  it('refuses a lead signal from the future the same way', async () => {
    const lead = (await post('/v1/leads', { name: 'Corner Shop', email: 'owner@corner.example', source: 'web' }).expect(201)).body.id;
    const res = await post(`/v1/leads/${lead}/signals`, { kind: 'web_visit', occurredAt: '2099-06-01T00:00:00+02:00' }).expect(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'occurredAt' })]);
  });
});
