import { runCli } from './run-cli';
import { startTestApp, TestApp } from '../../api/src/testing/test-app';

describe('the crm command line', () => {
  let t: TestApp;
  let id: string;
  // The store's clock, so that facts can be recorded "on 12 March" (system time travel).
  let now = new Date('2026-03-01T09:05:00.000Z');
  const run = async (...argv: string[]) => {
    const lines: string[] = [];
    const code = await runCli(argv, (line) => lines.push(line));
    return { code, lines };
  };

  beforeAll(async () => {
    t = await startTestApp({}, { now: () => now });
    process.env.CRM_DATA_DIR = t.dataDir;
    id = (await t.http().post('/v1/customers').set(t.auth).send({ kind: 'person', name: 'Søren Kierkegaard', country: 'DK', occurredAt: '2026-03-01T10:00:00+01:00' }).expect(201)).body.id;
    now = new Date('2026-03-10T09:05:00.000Z');
    await t.http().patch(`/v1/customers/${id}`).set(t.auth).send({ timeZone: 'Europe/Copenhagen', occurredAt: '2026-03-10T10:00:00+01:00' }).expect(200);
    // Recorded on 12 March, about 1 March: his full name.
    now = new Date('2026-03-12T09:05:00.000Z');
    await t.http().patch(`/v1/customers/${id}`).set(t.auth).send({ name: 'Søren Aabye Kierkegaard', occurredAt: '2026-03-01T10:00:00+01:00' }).expect(200);
  });
  afterAll(async () => {
    delete process.env.CRM_DATA_DIR;
    await t.close();
  });

  it('prints the audit history of a customer as one JSON line per event', async () => {
    const { code, lines } = await run('history', id);
    expect(code).toBe(0);
    expect(lines.map((line) => JSON.parse(line).type)).toEqual(['crm.customer.registered', 'crm.customer.profile-changed', 'crm.customer.profile-changed']);
  });

  it('answers as-of exactly what the API answers', async () => {
    const { code, lines } = await run('as-of', id, '2026-03-05T00:00:00Z');
    expect(code).toBe(0);
    const api = await t.http().get(`/v1/customers/${id}?asOf=2026-03-05T00:00:00Z`).set(t.auth).expect(200);
    expect(JSON.parse(lines.join('\n'))).toEqual(api.body);
    expect(api.body.timeZone ?? null).toBeNull();
  });

  it('answers as-of with known-at exactly what the API answers, before and after a back-dated correction', async () => {
    for (const [knownAt, name] of [['2026-03-11T00:00:00Z', 'Søren Kierkegaard'], ['2026-03-13T00:00:00Z', 'Søren Aabye Kierkegaard']]) {
      const { code, lines } = await run('as-of', id, '2026-03-05T00:00:00Z', '--known-at', knownAt);
      expect(code).toBe(0);
      const api = await t.http().get(`/v1/customers/${id}?asOf=2026-03-05T00:00:00Z&knownAt=${knownAt}`).set(t.auth).expect(200);
      expect(JSON.parse(lines.join('\n'))).toEqual(api.body);
      expect(api.body.name).toBe(name);
    }
  });

  it('exports everything about a subject as JSON, personal fields opened, and logs the export', async () => {
    const { code, lines } = await run('export', id);
    expect(code).toBe(0);
    const exported = JSON.parse(lines.join('\n'));
    expect(exported.customerId).toBe(id);
    expect(exported.events.map((e: { type: string }) => e.type)).toEqual(['crm.customer.registered', 'crm.customer.profile-changed', 'crm.customer.profile-changed']);
    expect(exported.events[0].personal.name).toBe('Søren Kierkegaard');
    expect(exported.view.name).toBe('Søren Aabye Kierkegaard');
    const head = await t.infrastructure.eventStore.headPosition();
    const log = (await t.http().get(`/v1/compliance/access-log?subjectId=${id}`).set(t.auth).set('X-Min-Position', String(head)).expect(200)).body.items;
    expect(log.filter((e: { kind: string }) => e.kind === 'subject.export')).toEqual([expect.objectContaining({ actor: expect.stringMatching(/^cli:/), source: 'cli' })]);
  });

  it('erases a subject by crypto-shredding through the same command as the API', async () => {
    const other = (await t.http().post('/v1/customers').set(t.auth).send({ kind: 'person', name: 'Regine Olsen', country: 'DK' }).expect(201)).body.id;
    const { code, lines } = await run('erase', other, '--reason', 'Art. 17 request by letter');
    expect(code).toBe(0);
    const { position } = JSON.parse(lines[0]);
    const view = (await t.http().get(`/v1/customers/${other}`).set(t.auth).set('X-Min-Position', String(position)).expect(200)).body;
    expect(view).toMatchObject({ erased: true, name: null });
    const [registered] = await t.infrastructure.rawEventStore.readStream(`customer-${other}`);
    expect(JSON.stringify(registered)).not.toContain('Regine');
    expect((await run('erase', '00000000-0000-4000-8000-000000000000')).code).toBe(1);
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
