import { startTestApp, TestApp } from '../testing/test-app';

describe('GET /v1/me: who the calling key is', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const keyFor = async (body: object) => (await t.http().post('/v1/api-keys').set(t.auth).send(body).expect(201)).body.key as string;

  it('tells an analyst key its role and name, and no partner', async () => {
    const key = await keyFor({ role: 'analyst', name: 'Reporting desk' });
    const me = await t.http().get('/v1/me').set({ authorization: `Bearer ${key}` }).expect(200);
    expect(me.body).toEqual({ role: 'analyst', name: 'Reporting desk', partnerId: null, kind: 'api-key' });
  });

  it('tells a partner key the partner whose subtree it sees', async () => {
    const partner = (await t.http().post('/v1/partners').set(t.auth).send({ name: 'Tabriz Bottling', kind: 'bottler' }).expect(201)).body.id;
    const key = await keyFor({ role: 'partner', name: 'Tabriz portal', partnerId: partner });
    const me = await t.http().get('/v1/me').set({ authorization: `Bearer ${key}` }).expect(200);
    expect(me.body).toMatchObject({ role: 'partner', partnerId: partner });
  });

  it('answers every role, even one that may read nothing else of the sales or service data', async () => {
    const key = await keyFor({ role: 'compliance', name: 'DPO' });
    await t.http().get('/v1/me').set({ authorization: `Bearer ${key}` }).expect(200, /"role":"compliance"/);
  });

  it('refuses a caller without a key with 401', async () => {
    const res = await t.http().get('/v1/me').expect(401);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});
