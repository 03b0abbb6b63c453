import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UnsafeQueryError } from '../../../../libs/read-models/errors';
import { SqliteDocumentStore } from '../../../../libs/read-models/sqlite/sqlite-document-store';
import { startTestApp, TestApp } from '../testing/test-app';

describe('hostile input, case by case', () => {
  let t: TestApp;
  let customerId: string;
  beforeAll(async () => {
    t = await startTestApp({ CRM_RATE_LIMIT_MAX: '0' });
    customerId = (await t.http().post('/v1/customers').set(t.auth).send({ kind: 'person', name: 'Target', emails: ['target@example.com'] }).expect(201)).body.id;
  });
  afterAll(() => t.close());

  const send = (method: 'POST' | 'PATCH', url: string, payload: string) =>
    t.app.inject({ method, url, headers: { ...t.auth, 'content-type': 'application/json' }, payload });

  it.each([
    ['POST', '/v1/customers', '{"kind":"person","name":"P","__proto__":{"isAdmin":true}}'],
    ['POST', '/v1/customers', '{"kind":"person","name":"P","constructor":{"prototype":{"isAdmin":true}}}'],
    ['PATCH', '/v1/customers/{id}', '{"name":"P","__proto__":{"role":"admin"}}'],
    ['POST', '/v1/api-keys', '{"role":"viewer","name":"k","__proto__":{"role":"admin"}}'],
    ['POST', '/v1/partners', '[{"__proto__":{"polluted":true}}]'],
  ])('refuses prototype pollution with 400: %s %s', async (method, url, payload) => {
    const before = await t.infrastructure.eventStore.headPosition();
    const answer = await send(method as 'POST', url.replace('{id}', customerId), payload);
    expect(answer.statusCode).toBe(400);
    expect(answer.headers['content-type']).toMatch(/problem\+json/);
    expect(await t.infrastructure.eventStore.headPosition()).toBe(before);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['POST', '/v1/customers', { kind: 'person', name: 'M', revision: 42 }, 'revision'],
    ['POST', '/v1/customers', { kind: 'person', name: 'M', customerId: '00000000-0000-4000-8000-000000000000' }, 'customerId'],
    ['PATCH', '/v1/customers/{id}', { name: 'M', actor: 'key:root' }, 'actor'],
    ['POST', '/v1/api-keys', { role: 'viewer', name: 'k', secretHash: 'x', keyId: '00000000-0000-4000-8000-000000000000' }, 'secretHash'],
    ['POST', '/v1/partners', { name: 'P', kind: 'bottler', path: ['root'] }, 'path'],
    ['POST', '/v1/customers/{id}/interactions', { channel: 'phone', direction: 'inbound', customerId: '00000000-0000-4000-8000-000000000000' }, 'customerId'],
  ])('refuses mass assignment with 400 naming the field: %s %s', async (method, url, body, field) => {
    const before = await t.infrastructure.eventStore.headPosition();
    const answer = await send(method as 'POST', url.replace('{id}', customerId), JSON.stringify(body));
    expect(answer.statusCode).toBe(400);
    expect(answer.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await t.infrastructure.eventStore.headPosition()).toBe(before);
  });

  it.each(['q[$ne]=', 'email[$gt]=', 'partnerId[$where]=1', 'q[$regex]=.*', '$where=this.a%3D%3Dthis.b', 'limit[$gt]=0'])('refuses operator injection in the query string with 400: ?%s', async (query) => {
    expect((await t.http().get(`/v1/customers?${query}`).set(t.auth)).status).toBe(400);
  });

  it.each(['partnerId={"$gt":""}', 'email={"$ne":null}', 'q=$where', 'country={"$in":["DE"]}'])('treats operators inside values as plain text: ?%s is refused or finds nothing', async (query) => {
    const answer = await t.http().get(`/v1/customers?${encodeURI(query)}`).set(t.auth);
    expect([200, 400, 422]).toContain(answer.status);
    if (answer.status === 200) expect(answer.body.items).toEqual([]);
  });

  it('refuses operator objects in JSON bodies where strings belong', async () => {
    expect((await send('POST', '/v1/customers', JSON.stringify({ kind: 'person', name: { $gt: '' } }))).statusCode).toBe(400);
    expect((await send('POST', '/v1/customers', JSON.stringify({ kind: 'person', name: 'N', partnerId: { $gt: '' } }))).statusCode).toBe(400);
    expect((await send('POST', '/v1/customers', JSON.stringify({ kind: 'person', name: 'N', emails: [{ $ne: null }] }))).statusCode).toBe(400);
  });

  describe('the embedded document store (the MongoDB adapter shares the guard: libs/read-models/mongodb/mongo-document-store.spec.ts)', () => {
    let dir: string;
    let store: SqliteDocumentStore;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'crm-inject-'));
      store = new SqliteDocumentStore(join(dir, 'rm.db'));
      await store.commit([{ collection: 'people', doc: { _id: 'a', _position: 1, name: 'Ada', partnerId: 'p1' } }]);
    });
    afterAll(async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    });

    it('matches an operator-looking string literally', async () => {
      expect(await store.collection('people').find({ partnerId: '{"$gt":""}' })).toEqual([]);
      expect(await store.collection('people').find({ name: '$where' })).toEqual([]);
    });

    it('refuses $where, $function and $accumulator anywhere in a filter or pipeline', async () => {
      const people = store.collection('people');
      await expect(people.find({ $where: 'true' })).rejects.toThrow(UnsafeQueryError);
      await expect(people.find({ $and: [{ name: 'Ada' }, { $where: 'this.name === this.name' }] })).rejects.toThrow(UnsafeQueryError);
      await expect(people.aggregate([{ $match: { $expr: { $function: { body: 'return 1', args: [], lang: 'js' } } } }])).rejects.toThrow(UnsafeQueryError);
    });
  });
});
