import http from 'node:http';
import { AddressInfo } from 'node:net';
import { startTestApp, TestApp } from '../testing/test-app';

describe('the downstream event feed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    for (const name of ['Ada', 'Grace', 'Edsger']) {
      await t.http().post('/v1/customers').set(t.auth).send({ kind: 'person', name }).expect(201);
    }
  });
  afterAll(() => t.close());

  it('pages through the log as CloudEvents 1.0 in position order', async () => {
    const first = (await t.http().get('/v1/events?limit=2&type=crm.customer.registered').set(t.auth).expect(200)).body;
    expect(first.items).toHaveLength(2);
    expect(first.items[0]).toMatchObject({ specversion: '1.0', type: 'crm.customer.registered', subject: expect.any(String) });
    const rest = (await t.http().get(`/v1/events?type=crm.customer.registered&after=${first.nextCursor}`).set(t.auth).expect(200)).body;
    expect(rest.items).toHaveLength(1);
    expect(rest.items[0].data.personal.$sealed).toBeDefined();
    expect(JSON.stringify(rest.items)).not.toContain('Edsger');
  });

  it('streams server-sent events and resumes after Last-Event-ID', async () => {
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const registered = (await t.http().get('/v1/events?type=crm.customer.registered').set(t.auth).expect(200)).body.items;
    const resumeAfter = registered[0].position;
    const received = await new Promise<string>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port, path: '/v1/events/stream?type=crm.customer.registered', headers: { ...t.auth, 'last-event-id': String(resumeAfter) } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
          if ((text.match(/^id: /gm) ?? []).length >= 2) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.on('error', reject);
    });
    const ids = [...received.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
    expect(ids).toEqual([registered[1].position, registered[2].position]);
    expect(received).toContain('"specversion":"1.0"');
  });
});
