import { runCli } from './run-cli';
import { startTestApp, TestApp } from '../../api/src/testing/test-app';

describe('the crm command line', () => {
  let t: TestApp;
  let id: string;
  const run = async (...argv: string[]) => {
    const lines: string[] = [];
    const code = await runCli(argv, (line) => lines.push(line));
    return { code, lines };
  };

  beforeAll(async () => {
    t = await startTestApp();
    process.env.CRM_DATA_DIR = t.dataDir;
    id = (await t.http().post('/v1/customers').set(t.auth).send({ kind: 'person', name: 'Søren Kierkegaard', country: 'DK', occurredAt: '2026-03-01T10:00:00+01:00' }).expect(201)).body.id;
    await t.http().patch(`/v1/customers/${id}`).set(t.auth).send({ timeZone: 'Europe/Copenhagen', occurredAt: '2026-03-10T10:00:00+01:00' }).expect(200);
  });
  afterAll(async () => {
    delete process.env.CRM_DATA_DIR;
    await t.close();
  });

  it('prints the audit history of a customer as one JSON line per event', async () => {
    const { code, lines } = await run('history', id);
    expect(code).toBe(0);
    expect(lines.map((line) => JSON.parse(line).type)).toEqual(['crm.customer.registered', 'crm.customer.profile-changed']);
  });

  it('answers as-of exactly what the API answers', async () => {
    const { code, lines } = await run('as-of', id, '2026-03-05T00:00:00Z');
    expect(code).toBe(0);
    const api = await t.http().get(`/v1/customers/${id}?asOf=2026-03-05T00:00:00Z`).set(t.auth).expect(200);
    expect(JSON.parse(lines.join('\n'))).toEqual(api.body);
    expect(api.body.timeZone ?? null).toBeNull();
  });

  it('rebuilds the 360° read model beside the live one while the API keeps answering', async () => {
    let reading = true;
    const statuses: number[] = [];
    const reader = (async () => {
      while (reading) statuses.push((await t.http().get(`/v1/customers/${id}`).set(t.auth)).status);
    })();
    const { code } = await run('rebuild', 'customer-360');
    reading = false;
    await reader;
    expect(code).toBe(0);
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((status) => status === 200)).toBe(true);
    const view = await t.http().get(`/v1/customers/${id}`).set(t.auth).expect(200);
    expect(view.body.timeZone).toBe('Europe/Copenhagen');
  });

  it('creates an API key that works against the API at once', async () => {
    const { code, lines } = await run('keys', 'create', '--role', 'viewer', '--name', 'reporting');
    expect(code).toBe(0);
    const { key, role } = JSON.parse(lines[0]);
    expect(role).toBe('viewer');
    await t.http().get('/v1/customers').set('authorization', `Bearer ${key}`).expect(200);
  });

  it('fails with usage and a non-zero exit on an unknown command or read model', async () => {
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('rebuild', 'no-such-model')).code).toBe(1);
  });
});
