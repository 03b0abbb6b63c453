import { startTestApp, TestApp } from '../testing/test-app';

describe('POST /v1/imports (real app)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ CRM_BODY_LIMIT_BYTES: '65536' });
  });
  afterAll(() => t.close());

  const mapping = encodeURIComponent(JSON.stringify({ columns: { 'Full name': 'name', 'E-mail': 'emails', Ref: 'externalRefs.crm1' } }));
  const send = (body: string, type = 'text/csv', query = `?mapping=${mapping}`) =>
    t.http().post(`/v1/imports${query}`).set(t.auth).set('content-type', type).send(body);

  it('imports a CSV body through a mapping and answers the counts with the rows not imported', async () => {
    const res = await send('Full name,E-mail,Ref\nMaryam Rezaei,maryam@example.ir,7\nBad,nope,8\nMaryam R.,Maryam@Example.IR,9\n').expect(200);
    expect(res.body).toMatchObject({ rows: 3, imported: 1, invalid: 1, duplicatesInFile: 1, problemsTruncated: false });
    expect(res.body.problems).toEqual([
      { row: 3, status: 'invalid', errors: [expect.objectContaining({ field: 'emails[0]', column: 'E-mail' })] },
      { row: 4, status: 'duplicate-in-file', ofRow: 2, reason: 'email:maryam@example.ir' },
    ]);
    const found = await t.http().get('/v1/customers?email=maryam@example.ir').set(t.auth).set('X-Min-Position', String(await t.infrastructure.eventStore.headPosition())).expect(200);
    expect(found.body.items).toHaveLength(1);
  });

  it('streams a body larger than the JSON body limit instead of refusing it, and adds nothing when it is sent again', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `Customer ${i},c${i}@bulk.example,B-${i}`);
    const body = `Full name,E-mail,Ref\n${rows.join('\n')}\n`;
    expect(body.length).toBeGreaterThan(65536);
    expect((await send(body).expect(200)).body).toMatchObject({ rows: 3000, imported: 3000 });
    const head = await t.infrastructure.eventStore.headPosition();
    expect((await send(body).expect(200)).body).toMatchObject({ rows: 3000, imported: 0, alreadyImported: 3000 });
    expect(await t.infrastructure.eventStore.headPosition()).toBe(head);
  });

  it('takes NDJSON shaped like the API body', async () => {
    const res = await send(`${JSON.stringify({ name: 'علی کریمی', kind: 'person', phones: ['+98 912 000 1111'] })}\n`, 'application/x-ndjson', '').expect(200);
    expect(res.body).toMatchObject({ rows: 1, imported: 1 });
  });

  it('refuses other content types and a mapping that is not JSON', async () => {
    await t.http().post('/v1/imports').set(t.auth).send({ rows: [] }).expect(415);
    expect((await send('a\n1\n', 'text/csv', '?mapping=%7Bnot').expect(400)).body.errors).toEqual([{ field: 'mapping', message: 'must be JSON' }]);
  });
});
