import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppProcess, startAppProcess } from '../../../../../libs/testing/app-process';
import { waitForValue } from '../../../../../libs/testing/wait-for';

const KEY = 'crm_e2e_admin_key_for_the_marketing_worker_test_0';
const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };

async function call(app: AppProcess, method: string, path: string, body?: object): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${app.baseUrl}${path}`, { method, headers, ...(body ? { body: JSON.stringify(body) } : {}) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/**
 * The distributed shape on the embedded store: the API with CRM_WORKER=off serves the routes and
 * builds the read models, `npm run worker` carries out launches and notices.
 */
describe('campaign launches and notices in the worker process', () => {
  let dataDir: string;
  let api: AppProcess;
  let worker: AppProcess | undefined;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'crm-marketing-worker-'));
    api = await startAppProcess('api', { CRM_DATA_DIR: dataDir, CRM_BOOTSTRAP_KEY: KEY, CRM_WORKER: 'off', CRM_RATE_LIMIT_MAX: '0', CRM_CAMPAIGN_LAUNCH_WAIT_MS: '0' });
  });
  afterAll(async () => {
    await Promise.all([api, worker].map((app) => app?.stop('SIGTERM')));
    await rm(dataDir, { recursive: true, force: true });
  });

  it('are carried out by the worker, not the API', async () => {
    for (const [name, consent] of [['Aru', true], ['Bek', false]] as const) {
      const customer = await call(api, 'POST', '/v1/customers', { kind: 'person', name, country: 'KG', emails: [`${name.toLowerCase()}@example.com`] });
      if (consent) expect((await call(api, 'POST', `/v1/customers/${customer.body.id}/consents`, { purpose: 'marketing', channel: 'email', granted: true })).status).toBe(200);
    }
    const segment = await call(api, 'POST', '/v1/segments', { name: 'Kyrgyzstan', rule: { all: [{ field: 'country', op: 'eq', value: 'KG' }] } });
    const campaign = await call(api, 'POST', '/v1/campaigns', { name: 'Nooruz', segmentId: segment.body.id, channel: 'email', purpose: 'marketing', budget: { amount: '50', currency: 'EUR' } });
    const notice = await call(api, 'POST', '/v1/notices', { segmentId: segment.body.id, purpose: 'service', text: { en: 'Office closed on Friday', ky: 'Жума күнү кеңсе жабык' } });
    expect([campaign.status, notice.status]).toEqual([201, 202]);

    worker = await startAppProcess('worker', { CRM_DATA_DIR: dataDir, CRM_WORKER_LEASE_MS: '3000', CRM_WORKER_TICK_MS: '100' });
    await waitForValue(async () => ((await call(api, 'GET', `/v1/segments/${segment.body.id}/members`)).body.items as unknown[]).length === 2 || undefined, 30_000, 'the members');
    const launch = await call(api, 'POST', `/v1/campaigns/${campaign.body.id}/launch`, {});
    expect([launch.status, launch.body.status]).toEqual([202, 'running']);
    const launched = await waitForValue(async () => {
      const view = (await call(api, 'GET', `/v1/campaigns/${campaign.body.id}`)).body;
      return (view.launches as unknown[]).length ? view : undefined;
    }, 30_000, 'the launch');
    expect(launched.launches).toEqual([expect.objectContaining({ launch: 1, contacted: 1, skippedWithoutConsent: 1, alreadyContacted: 0 })]);
    const progress = await waitForValue(async () => {
      const view = (await call(api, 'GET', `/v1/notices/${notice.body.id}`)).body;
      return view.status === 'completed' ? view : undefined;
    }, 30_000, 'the notice');
    expect(progress).toMatchObject({ total: 2, sent: 2, failed: 0, byLanguage: { en: { sent: 2, failed: 0 } } });
  }, 120_000);
});
