import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../../../libs/event-store/sqlite-event-store';
import { ApiProcess, startApiProcess } from '../../../../libs/testing/api-process';
import { waitFor } from '../../../../libs/testing/wait-for';

const ADMIN = 'crm_e2e_admin_key_for_the_revocation_test_0123456789';

describe('a key revoked by another process sharing the log', () => {
  let dataDir: string;
  let api: ApiProcess;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'crm-revocation-'));
    api = await startApiProcess({ CRM_DATA_DIR: dataDir, CRM_BOOTSTRAP_KEY: ADMIN, CRM_RATE_LIMIT_MAX: '0' });
  });
  afterAll(async () => {
    await api?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('stops working in the API process promptly although the API had it cached', async () => {
    const created = await fetch(`${api.baseUrl}/v1/api-keys`, {
      method: 'POST', headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' }, body: JSON.stringify({ role: 'viewer', name: 'revoked elsewhere' }),
    });
    const { id, key } = (await created.json()) as { id: string; key: string };
    const read = () => fetch(`${api.baseUrl}/v1/customers`, { headers: { authorization: `Bearer ${key}` } }).then((r) => r.status);
    expect(await read()).toBe(200); // verified and cached now
    expect(await read()).toBe(200);

    // The other process (an operator's `crm keys revoke`) writes the revocation to the shared log.
    const log = new SqliteEventStore(join(dataDir, 'events.db'));
    try {
      await log.append(`api-key-${id}`, [{
        eventId: '2b8f8f1e-8a0c-4b9e-9d57-3f1c2a4b5c6d', type: 'crm.access.api-key-revoked', schemaVersion: 1, data: { keyId: id },
        subjectId: id, occurredAt: new Date().toISOString(), metadata: { actor: 'cli:ops', correlationId: 'revoke-elsewhere', source: 'cli' },
      }], 0);
    } finally {
      await log.close();
    }
    // The documented bound is the API's log poll (250 ms) plus one projection batch; without the
    // push the cached key would keep working for 10 minutes. 5 s is slack for a loaded machine.
    await waitFor(async () => (await read()) === 401, 5_000, 'the revoked key to be refused');
    expect(await read()).toBe(401);
  });
});
