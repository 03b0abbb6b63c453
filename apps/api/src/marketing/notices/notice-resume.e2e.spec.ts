import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHANNEL_DELIVERIES } from '../../../../../libs/messaging/channels/recording-channel-adapter';
import { SqliteDocumentStore } from '../../../../../libs/read-models/sqlite/sqlite-document-store';
import { ApiProcess, startApiProcess } from '../../../../../libs/testing/api-process';
import { waitForValue } from '../../../../../libs/testing/wait-for';

const KEY = 'crm_e2e_admin_key_for_the_notice_resume_test_01';
const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };
const MEMBERS = 300;

async function call(api: ApiProcess, method: string, path: string, body?: object): Promise<{ status: number; body: Record<string, unknown>; location: string | null }> {
  const res = await fetch(`${api.baseUrl}${path}`, { method, headers, ...(body ? { body: JSON.stringify(body) } : {}) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, location: res.headers.get('location') };
}

async function deliveries(dataDir: string, noticeId: string) {
  const store = new SqliteDocumentStore(join(dataDir, 'read-models.db'));
  try {
    return await store.collection(CHANNEL_DELIVERIES).find({ noticeId });
  } finally {
    await store.close();
  }
}

describe('a notice across a SIGKILL', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'crm-notice-resume-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('is resumed by the restarted process from its recorded cursor and sends each member exactly one message', async () => {
    // Ten members per batch, one batch per worker round of 100 ms: the notice runs for a few seconds.
    const env = { CRM_DATA_DIR: dataDir, CRM_BOOTSTRAP_KEY: KEY, CRM_RATE_LIMIT_MAX: '0', CRM_NOTICE_BATCH_SIZE: '10', CRM_NOTICE_ROUND_MS: '1', CRM_WORKER_TICK_MS: '100' };
    const first = await startApiProcess(env);
    let noticeId: string;
    let location: string;
    const customers: string[] = [];
    try {
      for (let i = 0; i < MEMBERS; i++) {
        const created = await call(first, 'POST', '/v1/customers', { kind: 'person', name: `Member ${i}`, country: 'KZ', emails: [`member${i}@example.com`], allowDuplicate: true });
        if (created.status !== 201) throw new Error(JSON.stringify(created.body));
        customers.push(String(created.body.id));
      }
      const segment = await call(first, 'POST', '/v1/segments', { name: 'Kazakhstan', rule: { all: [{ field: 'country', op: 'eq', value: 'KZ' }] } });
      await waitForValue(async () => {
        const page = await call(first, 'GET', `/v1/segments/${segment.body.id}/members?limit=500`);
        return (page.body.items as unknown[] | undefined)?.length === MEMBERS ? true : undefined;
      }, 60_000);
      const notice = await call(first, 'POST', '/v1/notices', { segmentId: segment.body.id, purpose: 'service', text: { en: 'Planned maintenance tonight' } });
      expect(notice.status).toBe(202);
      noticeId = String(notice.body.id);
      location = notice.location!;
      await waitForValue(async () => {
        const progress = (await call(first, 'GET', location)).body;
        return Number(progress.sent) >= 30 ? true : undefined;
      }, 60_000);
    } finally {
      await first.stop('SIGKILL');
    }
    const atKill = await deliveries(dataDir, noticeId);
    expect(atKill.length).toBeGreaterThan(0);
    expect(atKill.length).toBeLessThan(MEMBERS);

    const second = await startApiProcess(env);
    try {
      const done = await waitForValue(async () => {
        const progress = (await call(second, 'GET', location)).body;
        return progress.status === 'completed' ? progress : undefined;
      }, 60_000);
      expect(done).toMatchObject({ total: MEMBERS, sent: MEMBERS, failed: 0, byChannel: { email: { sent: MEMBERS, failed: 0 } } });
    } finally {
      await second.stop('SIGTERM');
    }
    const all = await deliveries(dataDir, noticeId);
    expect(all.map((d) => d.customerId).sort()).toEqual([...customers].sort());
    expect(all.filter((d) => d.attempts !== 1)).toEqual([]);
  }, 180_000);
});
