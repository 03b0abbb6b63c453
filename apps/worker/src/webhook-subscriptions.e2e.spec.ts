import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { AppProcess, startAppProcess } from '../../../libs/testing/app-process';
import { waitFor, waitForValue } from '../../../libs/testing/wait-for';
import { webhookReceiver } from '../../api/src/subscriptions/testing/webhook-receiver';
import { currentLease, KEY, post } from './testing/service-steps';

/**
 * The distributed shape over one embedded store: an API that runs no worker (CRM_WORKER=off) and
 * two `npm run worker` processes competing for the lease. Deliveries can only come from a worker,
 * and only the lease holder delivers.
 */
describe('webhook subscriptions in the worker deployment (API with CRM_WORKER=off, two worker processes)', () => {
  let dataDir: string;
  let receiver: Awaited<ReturnType<typeof webhookReceiver>>;
  let api: AppProcess;
  const workers = new Map<number, AppProcess>();

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'crm-webhooks-e2e-'));
    receiver = await webhookReceiver();
    const env = {
      CRM_DATA_DIR: dataDir, CRM_BOOTSTRAP_KEY: KEY, CRM_WEBHOOK_ALLOW_PRIVATE: 'true', CRM_WORKER_LEASE_MS: '3000', CRM_WORKER_TICK_MS: '200',
    };
    // The API first: it creates the stores the workers open.
    api = await startAppProcess('api', { ...env, CRM_WORKER: 'off' });
    for (let i = 0; i < 2; i++) {
      const worker = await startAppProcess('worker', env);
      workers.set(worker.child.pid!, worker);
    }
  }, 180_000);

  afterAll(async () => {
    await Promise.all([api, ...workers.values()].filter(Boolean).map((app) => app.stop('SIGTERM')));
    await receiver?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const register = (name: string) => post(api, '/v1/customers', { kind: 'person', name, allowDuplicate: true });
  const deliveredPosition = async (id: string) => ((await (await fetch(`${api.baseUrl}/v1/subscriptions/${id}`, { headers: { authorization: `Bearer ${KEY}` } })).json()) as { delivery: { position: number } }).delivery.position;

  it('delivers each event exactly once, in log order, signed, while a worker holds the lease; its successor goes on after it stops', async () => {
    const created = (await post(api, '/v1/subscriptions', { url: `${receiver.url}/crm`, types: ['crm.customer.registered'] })) as unknown as { id: string; secret: string };
    const before: { id: string; position: number }[] = [];
    for (const name of ['Leila Ahmadi', 'Omid Karimi', 'Sara Rostami', 'Navid Farahani', 'Mina Tehrani']) before.push(await register(name));
    await waitFor(() => receiver.calls.length >= 5, 60_000, 'five deliveries');
    await waitFor(async () => (await deliveredPosition(created.id)) >= before[4].position, 30_000, 'the saved delivery position');

    const holder = await waitForValue(async () => currentLease(dataDir), 10_000, 'the lease');
    const leader = workers.get(Number(holder.holder.split(':')[1]))!;
    expect(leader).toBeDefined();
    expect(await leader.stop('SIGTERM')).toBe(0);
    workers.delete(leader.child.pid!);

    const after: { id: string; position: number }[] = [];
    for (const name of ['Reza Moradi', 'Yasmin Hosseini', 'Kian Jafari']) after.push(await register(name));
    await waitFor(() => receiver.calls.length >= 8, 60_000, 'eight deliveries');
    const successor = await waitForValue(async () => currentLease(dataDir), 10_000, 'the lease');
    expect(workers.has(Number(successor.holder.split(':')[1]))).toBe(true);

    const subjects = receiver.calls.map((call) => (new Webhook(created.secret).verify(call.body, call.headers as Record<string, string>) as { subject: string }).subject);
    expect(subjects).toEqual([...before, ...after].map((customer) => customer.id));
    expect(new Set(receiver.calls.map((call) => call.headers['webhook-id'])).size).toBe(8);
  }, 180_000);
});
