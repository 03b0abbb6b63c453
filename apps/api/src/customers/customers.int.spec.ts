import { startTestApp, TestApp } from '../testing/test-app';

const tehran = {
  kind: 'person',
  name: 'مریم رضایی',
  emails: ['Maryam.Rezaei@Example.IR'],
  phones: ['0912 345 6789'],
  country: 'IR',
  timeZone: 'Asia/Tehran',
  preferredLanguage: 'fa-IR',
  currency: 'IRR',
};

describe('customers over HTTP (real app, temporary embedded store)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ CRM_MIN_POSITION_WAIT_MS: '1500' });
  });
  afterAll(() => t.close());

  const head = () => t.infrastructure.eventStore.headPosition();

  it('registers a customer and answers id, revision, position with ETag and Location', async () => {
    const res = await t.http().post('/v1/customers').set(t.auth).send(tehran).expect(201);
    expect(res.body).toEqual({ id: expect.any(String), revision: 0, position: expect.any(Number) });
    expect(res.headers.etag).toBe('"0"');
    expect(res.headers.location).toBe(`/v1/customers/${res.body.id}`);

    const view = await t.http().get(`/v1/customers/${res.body.id}`).set(t.auth).set('X-Min-Position', String(res.body.position)).expect(200);
    expect(view.body.name).toBe('مریم رضایی');
    expect(view.body.phones).toEqual(['+989123456789']);
    expect(view.body.emails).toEqual(['maryam.rezaei@example.ir']);
    expect(view.headers.etag).toBe(`"0.${view.body.position}"`);
  });

  it.each([
    ['Persian', 'مریم رضایی‌نژاد'],
    ['Arabic', 'عبد الرحمن الشمري'],
    ['Chinese', '王小明'],
    ['Japanese', '山田 太郎'],
    ['Korean', '김민준'],
  ])('round-trips a %s name byte for byte', async (_script, name) => {
    const res = await t.http().post('/v1/customers').set(t.auth).send({ kind: 'person', name }).expect(201);
    const view = await t.http().get(`/v1/customers/${res.body.id}`).set(t.auth).set('X-Min-Position', String(res.body.position)).expect(200);
    expect(Buffer.from(view.body.name, 'utf8').equals(Buffer.from(name, 'utf8'))).toBe(true);
  });

  it.each([
    ['phones', { phones: ['12'], country: 'DE' }, 'phones'],
    ['timeZone', { timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
    ['currency', { currency: 'XYZ1' }, 'currency'],
    ['preferredLanguage', { preferredLanguage: 'not a language!' }, 'preferredLanguage'],
    ['country', { country: 'ZZ' }, 'country'],
  ])('refuses a bad %s with a field-level error and writes nothing', async (_field, extra, field) => {
    const before = await head();
    const res = await t.http().post('/v1/customers').set(t.auth).send({ kind: 'person', name: 'Bad Value', ...extra }).expect(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors.map((e: { field: string }) => e.field.split('.')[0].split('[')[0])).toContain(field);
    expect(await head()).toBe(before);
  });

  it('refuses a body of the wrong shape with 400 and field errors', async () => {
    const res = await t.http().post('/v1/customers').set(t.auth).send({ kind: 'robot', name: 42, isAdmin: true }).expect(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['kind', 'name', 'isAdmin']));
  });

  it('answers malformed JSON with 400, a wrong content type with 415 and an oversized body with 413, writing nothing', async () => {
    const before = await head();
    const malformed = await t.http().post('/v1/customers').set(t.auth).set('content-type', 'application/json').send('{"kind": "person", "name": ').expect(400);
    expect(malformed.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(malformed.body).toMatchObject({ status: 400, type: expect.stringContaining('malformed-json') });
    const wrongType = await t.http().post('/v1/customers').set(t.auth).set('content-type', 'text/plain').send('kind=person').expect(415);
    expect(wrongType.body.status).toBe(415);
    const huge = { kind: 'person', name: 'Big', addresses: [{ lines: ['x'.repeat(2 * 1024 * 1024)] }] };
    const tooLarge = await t.http().post('/v1/customers').set(t.auth).send(huge).expect(413);
    expect(tooLarge.body.status).toBe(413);
    expect(await head()).toBe(before);
  });

  it('refuses a likely duplicate naming the existing customer, unless allowDuplicate', async () => {
    const first = await t.http().post('/v1/customers').set(t.auth).send({ kind: 'person', name: 'Ana Silva', emails: ['ana@example.pt'] }).expect(201);
    const dup = await t.http().post('/v1/customers').set(t.auth).send({ kind: 'person', name: 'Ana S.', emails: ['ANA@example.pt'] }).expect(409);
    expect(dup.body.existingId).toBe(first.body.id);
    await t.http().post('/v1/customers').set(t.auth).send({ kind: 'person', name: 'Ana S.', emails: ['ana@example.pt'], allowDuplicate: true }).expect(201);
  });

  it('answers a repeated Idempotency-Key with the first response and writes nothing; another body is 422', async () => {
    const body = { kind: 'organization', name: 'Bottler GmbH', country: 'DE' };
    const first = await t.http().post('/v1/customers').set(t.auth).set('Idempotency-Key', 'reg-1').send(body).expect(201);
    const before = await head();
    const again = await t.http().post('/v1/customers').set(t.auth).set('Idempotency-Key', 'reg-1').send(body).expect(201);
    expect(again.body).toEqual(first.body);
    expect(await head()).toBe(before);
    await t.http().post('/v1/customers').set(t.auth).set('Idempotency-Key', 'reg-1').send({ ...body, name: 'Other' }).expect(422);
    expect(await head()).toBe(before);
  });

  it('answers 412 to a change made against a stale ETag', async () => {
    const created = await t.http().post('/v1/customers').set(t.auth).send({ kind: 'person', name: 'Li Wei' }).expect(201);
    const id = created.body.id;
    const changed = await t.http().patch(`/v1/customers/${id}`).set(t.auth).set('If-Match', '"0"').send({ country: 'CN' }).expect(200);
    expect(changed.headers.etag).toBe('"1"');
    const stale = await t.http().patch(`/v1/customers/${id}`).set(t.auth).set('If-Match', '"0"').send({ timeZone: 'Asia/Shanghai' }).expect(412);
    expect(stale.body.currentRevision).toBe(1);
  });

  it('answers 404 for an unknown customer', async () => {
    await t.http().get('/v1/customers/00000000-0000-4000-8000-000000000000').set(t.auth).expect(404);
    await t.http().patch('/v1/customers/00000000-0000-4000-8000-000000000000').set(t.auth).send({ country: 'FR' }).expect(404);
    await t.http().get('/v1/customers/not-an-id').set(t.auth).expect(404);
  });

  it('needs an API key', async () => {
    const res = await t.http().get('/v1/customers').expect(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    await t.http().get('/v1/customers').set('authorization', 'Bearer nope').expect(401);
  });

  it('waits for X-Min-Position and answers 503 with Retry-After when the read model does not get there', async () => {
    const farAhead = (await head()) + 1000;
    const res = await t.http().get('/v1/customers').set(t.auth).set('X-Min-Position', String(farAhead)).expect(503);
    expect(res.headers['retry-after']).toBe('1');
  }, 10_000);
});
