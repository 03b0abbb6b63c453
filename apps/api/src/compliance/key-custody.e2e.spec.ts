import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { embeddedSubjectKeys } from '../../../../libs/privacy/keys/testing/subject-keys-for-tests';
import { LEGACY_SUBJECT_KEYS_COLLECTION } from '../../../../libs/privacy/subject-keys';
import { SqliteDocumentStore } from '../../../../libs/read-models/sqlite/sqlite-document-store';
import { ApiProcess, startApiProcess } from '../../../../libs/testing/api-process';
import { runAppToExit } from '../../../../libs/testing/app-process';

const KEY = 'crm_e2e_admin_key_for_the_key_custody_test_0123';
const auth = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };
const people = [
  { kind: 'person', name: 'Ilse Vandermeulen', emails: ['ilse@example.be'], phones: ['+32 470 12 34 56'], country: 'BE' },
  { kind: 'person', name: 'Tomás Ó Briain', emails: ['tomas@example.ie'], phones: ['+353 87 123 4567'], country: 'IE' },
  { kind: 'person', name: 'Małgorzata Wiśniewska', emails: ['gosia@example.pl'], phones: ['+48 512 345 678'], country: 'PL' },
];

type View = { name: string | null; emails: unknown[]; phones: unknown[]; erased?: boolean };

async function call(api: ApiProcess, method: string, path: string, body?: unknown, minPosition?: number): Promise<{ status: number; body: Record<string, unknown> }> {
  const headers = { ...auth, ...(minPosition ? { 'x-min-position': String(minPosition) } : {}) };
  const res = await fetch(`${api.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Registers the people; answers their ids and the position of the last write. */
async function register(api: ApiProcess): Promise<{ ids: string[]; position: number }> {
  const ids: string[] = [];
  let position = 0;
  for (const person of people) {
    const { status, body } = await call(api, 'POST', '/v1/customers', person);
    expect(status).toBe(201);
    ids.push(String(body.id));
    position = Math.max(position, Number(body.position));
  }
  return { ids, position };
}

async function views(api: ApiProcess, ids: string[], minPosition?: number): Promise<View[]> {
  return Promise.all(ids.map(async (id) => {
    const { status, body } = await call(api, 'GET', `/v1/customers/${id}`, undefined, minPosition);
    expect(status).toBe(200);
    return { name: body.name, emails: body.emails, phones: body.phones, erased: Boolean(body.erased) } as View;
  }));
}

async function erase(api: ApiProcess, id: string): Promise<number> {
  const { status, body } = await call(api, 'POST', `/v1/compliance/subjects/${id}/erase`, { reason: 'Art. 17 request' });
  expect(status).toBe(200);
  return Number(body.position);
}

/** What an operator does when told read models are disposable: delete every read-model file. */
async function deleteReadModels(dataDir: string): Promise<string[]> {
  const files = (await readdir(dataDir)).filter((f) => f.startsWith('read-models.db'));
  await Promise.all(files.map((f) => rm(join(dataDir, f))));
  return files;
}

describe('subject keys kept apart from the read models', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'crm-custody-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));
  const env = (extra: Record<string, string> = {}) => ({ CRM_DATA_DIR: dataDir, CRM_BOOTSTRAP_KEY: KEY, ...extra });

  it('keeps every name, email and phone when every read-model file is deleted and the API restarts, and erasure stays final', async () => {
    const first = await startApiProcess(env());
    const { ids, position } = await register(first);
    const before = await views(first, ids, position);
    expect(before.map((v) => v.name)).toEqual(people.map((p) => p.name));
    const erasedAt = await erase(first, ids[2]);
    await views(first, ids, erasedAt);
    await first.stop();

    expect(await deleteReadModels(dataDir)).toContain('read-models.db');
    const second = await startApiProcess(env());
    try {
      const after = await views(second, ids);
      expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
      expect(after[2]).toMatchObject({ name: null, emails: [], phones: [], erased: true });
      // Erasing after the restart is just as final.
      await views(second, [ids[0]], await erase(second, ids[0]));
      expect((await views(second, ids))[0]).toMatchObject({ name: null, erased: true });
      expect((await views(second, ids))[1]).toEqual(before[1]);
    } finally {
      await second.stop();
    }
  });

  it('moves the keys of an old data directory out of read-models.db on start, and its customers keep their names', async () => {
    const first = await startApiProcess(env());
    const { ids, position } = await register(first);
    const before = await views(first, ids, position);
    await views(first, ids, await erase(first, ids[1]));
    await first.stop();

    // Put the data directory back as the previous release left it: keys in read-models.db only.
    const keys = embeddedSubjectKeys(dataDir);
    const legacy = new SqliteDocumentStore(join(dataDir, 'read-models.db'));
    for (const id of ids) {
      const found = await keys.find(id);
      const key = found.state === 'active' ? found.key.toString('base64') : null;
      await legacy.commit([{ collection: LEGACY_SUBJECT_KEYS_COLLECTION, doc: { _id: id, _position: key ? 1 : 2, key } }]);
    }
    await Promise.all([keys.close(), legacy.close()]);
    for (const file of (await readdir(dataDir)).filter((f) => f.startsWith('subject-keys.db'))) await rm(join(dataDir, file));

    const second = await startApiProcess(env());
    const after = await views(second, ids);
    await second.stop();
    expect(after[0]).toEqual(before[0]);
    expect(after[2]).toEqual(before[2]);
    expect(after[1]).toMatchObject({ name: null, erased: true });
    const readModels = new SqliteDocumentStore(join(dataDir, 'read-models.db'));
    expect(await readModels.listCollections()).not.toContain(LEGACY_SUBJECT_KEYS_COLLECTION);
    await readModels.close();

    // Moved means moved: the read models can go now.
    await deleteReadModels(dataDir);
    const third = await startApiProcess(env());
    expect((await views(third, ids))[0]).toEqual(before[0]);
    await third.stop();
  });

  it('with CRM_MASTER_KEY, the key file alone opens nothing and a wrong master key stops start-up', async () => {
    const master = randomBytes(32).toString('base64');
    const first = await startApiProcess(env({ CRM_MASTER_KEY: master }));
    const { ids, position } = await register(first);
    const before = await views(first, ids, position);
    await first.stop();

    const fileAlone = embeddedSubjectKeys(dataDir);
    await expect(fileAlone.find(ids[0])).rejects.toThrow(/set CRM_MASTER_KEY/);
    await fileAlone.close();

    const wrong = await runAppToExit('api', env({ CRM_MASTER_KEY: randomBytes(32).toString('base64'), PORT: '0', HOST: '127.0.0.1' }));
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.trim()).toMatch(/^configuration error: CRM_MASTER_KEY: the master key does not open the stored key of subject [^\n]+$/);
    const missing = await runAppToExit('api', env({ PORT: '0', HOST: '127.0.0.1' }));
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toMatch(/^configuration error: CRM_MASTER_KEY: the subject keys in .* are wrapped by a master key: set CRM_MASTER_KEY$/);

    await deleteReadModels(dataDir);
    const right = await startApiProcess(env({ CRM_MASTER_KEY: master }));
    expect(await views(right, ids)).toEqual(before);
    await right.stop();
  });
});
