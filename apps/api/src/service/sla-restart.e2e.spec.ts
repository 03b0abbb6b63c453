import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../../../libs/event-store/sqlite-event-store';
import { ApiProcess, startApiProcess } from '../../../../libs/testing/api-process';
import { waitForValue } from '../../../../libs/testing/wait-for';

const KEY = 'crm_e2e_admin_key_for_the_sla_restart_test_0123';
const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };
const always = [['00:00', '24:00']];

async function post(api: ApiProcess, path: string, body: object): Promise<{ id: string; position: number }> {
  const res = await fetch(`${api.baseUrl}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  if (res.status !== 201) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string; position: number };
}

async function breachesOf(dataDir: string, caseId: string) {
  const store = new SqliteEventStore(join(dataDir, 'events.db'));
  try {
    return (await store.readStream(`case-${caseId}`)).filter((e) => e.type === 'crm.case.sla-breached');
  } finally {
    await store.close();
  }
}

describe('the SLA scheduler across a restart', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'crm-sla-restart-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('records a breach whose deadline passed while the service was stopped, in the restarted process, once', async () => {
    const env = { CRM_DATA_DIR: dataDir, CRM_BOOTSTRAP_KEY: KEY };
    const first = await startApiProcess(env);
    let caseId: string;
    let dueAt: string;
    try {
      const customer = await post(first, '/v1/customers', { kind: 'person', name: 'Mina Karimi', allowDuplicate: true });
      const policy = await post(first, '/v1/sla-policies', {
        name: 'Around the clock', timeZone: 'Asia/Tehran',
        workingHours: { mon: always, tue: always, wed: always, thu: always, fri: always, sat: always, sun: always },
        targets: { urgent: { firstResponse: 'PT8S', resolution: 'PT1H' } },
      });
      const opened = await post(first, '/v1/cases', { customerId: customer.id, slaPolicyId: policy.id, subject: 'Outage', priority: 'urgent', channel: 'phone' });
      caseId = opened.id;
      const view = (await (await fetch(`${first.baseUrl}/v1/cases/${caseId}`, { headers: { ...headers, 'x-min-position': String(opened.position) } })).json()) as { sla: { firstResponseDueAt: string } };
      dueAt = view.sla.firstResponseDueAt;
    } finally {
      await first.stop('SIGTERM');
    }
    expect(Date.now()).toBeLessThan(Date.parse(dueAt));
    expect(await breachesOf(dataDir, caseId)).toEqual([]);

    // Nothing runs while the deadline passes.
    await waitForValue(async () => (Date.now() > Date.parse(dueAt) + 500 ? true : undefined), 30_000);
    const restartedAt = new Date().toISOString();
    const second = await startApiProcess(env);
    try {
      const view = await waitForValue(async () => {
        const res = await fetch(`${second.baseUrl}/v1/cases/${caseId}`, { headers });
        const body = (await res.json()) as { breaches?: { clock: string; at: string }[] };
        return body.breaches?.length ? body : undefined;
      }, 30_000);
      expect(view.breaches).toEqual([{ clock: 'firstResponse', at: dueAt }]);
    } finally {
      await second.stop('SIGTERM');
    }
    const breaches = await breachesOf(dataDir, caseId);
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toMatchObject({ occurredAt: dueAt, data: { clock: 'firstResponse', dueAt }, metadata: { actor: 'system:sla-scheduler' } });
    expect(breaches[0].recordedAt >= restartedAt).toBe(true);
  }, 120_000);
});
