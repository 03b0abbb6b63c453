import { startTestApp, TestApp } from '../testing/test-app';

describe('identity resolution over HTTP: duplicates, merge and unmerge', () => {
  let t: TestApp;
  let position = 0;
  beforeAll(async () => {
    t = await startTestApp({ CRM_MIN_POSITION_WAIT_MS: '3000' });
  });
  afterAll(() => t.close());

  const post = async (path: string, body: object, status = 201) => {
    const res = await t.http().post(path).set(t.auth).send(body).expect(status);
    position = Math.max(position, res.body.position ?? 0);
    return res;
  };
  const get = (path: string) => t.http().get(path).set(t.auth).set('X-Min-Position', String(position));
  const register = async (body: object) => (await post('/v1/customers', { kind: 'person', allowDuplicate: true, ...body })).body.id as string;
  const view = async (id: string) => {
    const { revision: _r, position: _p, updatedAt: _u, ...rest } = (await get(`/v1/customers/${id}`).expect(200)).body;
    return rest;
  };

  it('lists likely duplicates with reasons and scores at /v1/customers/duplicates, not taking "duplicates" for an id', async () => {
    const a = await register({ name: 'Katharina Schneider', emails: ['kathi@acme.example'], country: 'DE' });
    const b = await register({ name: 'Katharina Schnieder', emails: ['k.schneider@acme.example'], country: 'DE' });
    const c = await register({ name: 'Jonas Weber', phones: ['+49 30 1234567'] });
    const d = await register({ name: 'J. Weber', phones: ['030 1234567'], country: 'DE' });
    const res = await get('/v1/customers/duplicates').expect(200);
    const pairs = res.body.items.map((item: { customerIds: string[] }) => [...item.customerIds].sort().join());
    expect(pairs).toEqual(expect.arrayContaining([[a, b].sort().join(), [c, d].sort().join()]));
    const byPhone = res.body.items.find((item: { customerIds: string[] }) => item.customerIds.includes(c));
    expect(byPhone).toMatchObject({ score: 1, reasons: [{ rule: 'same-phone', score: 1, detail: '+49301234567' }] });
    const fuzzy = res.body.items.find((item: { customerIds: string[] }) => item.customerIds.includes(a));
    expect(fuzzy.reasons[0]).toMatchObject({ rule: 'similar-name-and-organisation' });
    expect(fuzzy.score).toBeGreaterThan(0.8);
    expect(fuzzy.score).toBeLessThan(1);
    // The list shows names: whoever read it is in the access log of every customer it named.
    const head = await t.infrastructure.eventStore.headPosition();
    const log = await t.http().get(`/v1/compliance/access-log?subjectId=${c}`).set(t.auth).set('X-Min-Position', String(head)).expect(200);
    expect(log.body.items.map((entry: { kind: string }) => entry.kind)).toContain('customer.duplicates');
  });

  it('pages duplicate pairs with an opaque cursor', async () => {
    const first = await get('/v1/customers/duplicates?limit=1').expect(200);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await get(`/v1/customers/duplicates?limit=1&cursor=${first.body.nextCursor}`).expect(200);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.items[0].customerIds).not.toEqual(first.body.items[0].customerIds);
  });

  it('merges and unmerges, restoring both records exactly as they were, with what happened in between attributed to the id it was recorded against', async () => {
    const survivor = await register({ name: 'سارا احمدی', emails: ['sara@example.ir'], country: 'IR' });
    const duplicate = await register({ name: 'Sara Ahmadi', phones: ['0912 345 6789'], country: 'IR', externalRefs: [{ system: 'legacy', id: '42' }] });
    await post(`/v1/customers/${duplicate}/consents`, { purpose: 'marketing', channel: 'sms', granted: true }, 200);
    await post(`/v1/customers/${duplicate}/interactions`, { channel: 'phone', direction: 'inbound', subject: 'old call', occurredAt: '2026-01-01T10:00:00Z' });
    const before = { survivor: await view(survivor), duplicate: await view(duplicate) };

    const merged = await post(`/v1/customers/${survivor}/merge`, { duplicateIds: [duplicate] }, 200);
    expect(merged.body).toEqual({ id: survivor, revision: 1, position: expect.any(Number) });

    const union = (await get(`/v1/customers/${survivor}`).expect(200)).body;
    expect(union).toMatchObject({ name: 'سارا احمدی', emails: ['sara@example.ir'], phones: ['+989123456789'], absorbed: [duplicate], externalRefs: [expect.objectContaining({ system: 'legacy', id: '42' })] });
    expect(union).not.toHaveProperty('externalRefKeys');
    expect(union.consents).toEqual([expect.objectContaining({ key: 'marketing:sms', granted: true, mergedFrom: duplicate })]);
    expect(union.interactions.recent.map((i: { subject: string }) => i.subject)).toEqual(['old call']);

    const redirect = await t.http().get(`/v1/customers/${duplicate}`).set(t.auth).expect(308);
    expect(redirect.headers.location).toBe(`/v1/customers/${survivor}`);
    expect(redirect.body).toMatchObject({ status: 308, survivorId: survivor });
    const refused = await t.http().patch(`/v1/customers/${duplicate}`).set(t.auth).send({ name: 'Sara A.' }).expect(409);
    expect(refused.body.detail).toContain(`merged into ${survivor}`);

    await post(`/v1/customers/${survivor}/interactions`, { channel: 'email', direction: 'inbound', subject: 'to the survivor', occurredAt: '2026-02-01T10:00:00Z' });
    await post(`/v1/customers/${duplicate}/interactions`, { channel: 'sms', direction: 'inbound', subject: 'to the old id', occurredAt: '2026-02-02T10:00:00Z' });
    const during = (await get(`/v1/customers/${survivor}`).expect(200)).body;
    expect(during.interactions.recent.map((i: { subject: string }) => i.subject)).toEqual(['to the old id', 'to the survivor', 'old call']);

    await post(`/v1/customers/${survivor}/unmerge`, { customerId: duplicate }, 200);
    const after = { survivor: await view(survivor), duplicate: await view(duplicate) };
    const withoutInteractions = (v: Record<string, unknown>) => ({ ...v, interactions: undefined, firstContactAt: undefined, lastContactAt: undefined });
    expect(withoutInteractions(after.survivor)).toEqual(withoutInteractions(before.survivor));
    expect(withoutInteractions(after.duplicate)).toEqual(withoutInteractions(before.duplicate));
    expect(after.survivor.interactions.recent.map((i: { subject: string }) => i.subject)).toEqual(['to the survivor']);
    expect(after.duplicate.interactions.recent.map((i: { subject: string }) => i.subject)).toEqual(['to the old id', 'old call']);

    const history = (await get(`/v1/customers/${duplicate}/history`).expect(200)).body.items.map((e: { type: string }) => e.type);
    expect(history).toEqual(expect.arrayContaining(['crm.customer.merged-into', 'crm.customer.unmerged']));
    await t.http().patch(`/v1/customers/${duplicate}`).set(t.auth).send({ name: 'Sara A.' }).expect(200);
  });

  it('refuses to merge a record that is already merged elsewhere, writing nothing for any duplicate', async () => {
    const s1 = await register({ name: 'One' });
    const s2 = await register({ name: 'Two' });
    const d = await register({ name: 'Three' });
    const free = await register({ name: 'Four' });
    await post(`/v1/customers/${s1}/merge`, { duplicateIds: [d] }, 200);
    await post(`/v1/customers/${s2}/merge`, { duplicateIds: [free, d] }, 409);
    await get(`/v1/customers/${free}`).expect(200);
    expect((await get(`/v1/customers/${s2}`).expect(200)).body.absorbed).toBeUndefined();
  });

  it('answers a merged record as it was before its merge when asked as of then, and redirects as of after', async () => {
    const s = await register({ name: 'Seven' });
    const d = await register({ name: 'Eight', occurredAt: '2026-01-01T00:00:00Z' });
    await post(`/v1/customers/${s}/merge`, { duplicateIds: [d], occurredAt: '2026-02-01T00:00:00Z' }, 200);
    expect((await get(`/v1/customers/${d}?asOf=2026-01-15T00:00:00Z`).expect(200)).body.name).toBe('Eight');
    expect((await get(`/v1/customers/${d}?asOf=2026-02-15T00:00:00Z`).expect(308)).headers.location).toBe(`/v1/customers/${s}`);
  });

  it('answers a repeated merge with the first answer and unknown or malformed ids with 404', async () => {
    const s = await register({ name: 'Five' });
    const d = await register({ name: 'Six' });
    const first = await t.http().post(`/v1/customers/${s}/merge`).set(t.auth).set('Idempotency-Key', 'merge-5-6').send({ duplicateIds: [d] }).expect(200);
    const again = await t.http().post(`/v1/customers/${s}/merge`).set(t.auth).set('Idempotency-Key', 'merge-5-6').send({ duplicateIds: [d] }).expect(200);
    expect(again.body).toEqual(first.body);
    await t.http().post(`/v1/customers/${s}/merge`).set(t.auth).send({ duplicateIds: ['00000000-0000-4000-8000-000000000000'] }).expect(404);
    await t.http().post(`/v1/customers/${s}/unmerge`).set(t.auth).send({ customerId: 'nope' }).expect(400);
  });
});
