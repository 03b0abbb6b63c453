import { runCli } from '../run-cli';
import { startTestApp, TestApp } from '../../../api/src/testing/test-app';

describe('crm keys', () => {
  let t: TestApp;
  const run = async (...argv: string[]) => {
    const lines: string[] = [];
    const code = await runCli(argv, (line) => lines.push(line));
    return { code, lines };
  };
  beforeAll(async () => {
    t = await startTestApp();
    process.env.CRM_DATA_DIR = t.dataDir;
  });
  afterAll(async () => {
    delete process.env.CRM_DATA_DIR;
    await t.close();
  });

  it('creates a key, lists it without its secret or hash, and revokes it so the API refuses it on the first request after it heard of the revocation', async () => {
    const created = await run('keys', 'create', '--role', 'agent', '--name', 'call centre');
    expect(created.code).toBe(0);
    const { id, key } = JSON.parse(created.lines[0]);
    await t.http().post('/v1/customers').set('authorization', `Bearer ${key}`).send({ kind: 'person', name: 'Keyed In' }).expect(201);

    const listed = await run('keys', 'list');
    expect(listed.code).toBe(0);
    const entry = listed.lines.map((line) => JSON.parse(line)).find((k) => k.keyId === id);
    expect(entry).toMatchObject({ role: 'agent', name: 'call centre', revokedAt: null });
    expect(listed.lines.join('\n')).not.toMatch(/secretHash|argon2|crm_[0-9a-f-]{36}_/);

    const revoked = await run('keys', 'revoke', id);
    expect(revoked.code).toBe(0);
    // The CLI is another process: the API hears of the revocation once its projections applied it.
    expect(await t.infrastructure.positions.waitForPosition(JSON.parse(revoked.lines[0]).position, 5000)).toBe(true);
    await t.http().post('/v1/customers').set('authorization', `Bearer ${key}`).send({ kind: 'person', name: 'Too Late' }).expect(401);
  });

  it('answers usage for an unknown sub-command and fails for an unknown key', async () => {
    expect((await run('keys', 'rotate')).code).toBe(2);
    expect((await run('keys', 'revoke', '0b6f3c1e-6a7d-4e0f-9a41-5d2c7b8e9f10')).code).toBe(1);
  });
});
