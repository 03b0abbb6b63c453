import { startTestApp, TestApp } from '../testing/test-app';

describe('50 concurrent writers on one customer', () => {
  let t: TestApp;
  let id: string;
  beforeAll(async () => {
    t = await startTestApp();
    id = (await t.http().post('/v1/customers').set(t.auth).send({ kind: 'person', name: 'Contended', country: 'US' }).expect(201)).body.id;
  });
  afterAll(() => t.close());

  it('retries every conflicting command without If-Match: nothing lost, nothing duplicated', async () => {
    const emails = Array.from({ length: 50 }, (_, i) => `writer${i}@example.com`);
    const answers = await Promise.all(
      emails.map((value) => t.http().post(`/v1/customers/${id}/contact-points`).set(t.auth).send({ type: 'email', value })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(201));
    const revisions = answers.map((a) => a.body.revision).sort((a, b) => a - b);
    expect(new Set(revisions).size).toBe(50);
    const stream = await t.infrastructure.eventStore.readStream(`customer-${id}`);
    expect(stream).toHaveLength(51);
    const added = stream.filter((e) => e.type === 'crm.customer.contact-point-added').map((e) => e.personal?.value);
    expect(added.sort()).toEqual([...emails].sort());
  });

  it('answers exactly one of 50 writers holding the same ETag and 412 to the rest', async () => {
    const current = await t.http().get(`/v1/customers/${id}`).set(t.auth).set('X-Min-Position', String(await t.infrastructure.eventStore.headPosition())).expect(200);
    const etag = current.headers.etag;
    const before = (await t.infrastructure.eventStore.readStream(`customer-${id}`)).length;
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t.http().post(`/v1/customers/${id}/contact-points`).set(t.auth).set('If-Match', etag).send({ type: 'email', value: `etag${i}@example.com` }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(49);
    expect(await t.infrastructure.eventStore.readStream(`customer-${id}`)).toHaveLength(before + 1);
  });
});
