import { mkdtemp, rm } from 'node:fs/promises';
import { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppProcess, startAppProcess } from '../../../libs/testing/app-process';
import { waitForValue } from '../../../libs/testing/wait-for';
import { aroundTheClock, currentLease, KEY, logOf, post, receiver } from './testing/service-steps';

const LEASE_MS = 3000;

/**
 * Two API processes (each running the worker in-process, the embedded default) and one
 * `npm run worker` process, all over one data directory: the lease lets one of them act.
 */
describe('the service worker across processes sharing one store', () => {
  let dataDir: string;
  let hooks: Awaited<ReturnType<typeof receiver>>;
  const processes = new Map<number, { name: string; app: AppProcess }>();
  let apis: AppProcess[];
  let env: Record<string, string>;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'crm-worker-lease-'));
    hooks = await receiver();
    env = { CRM_DATA_DIR: dataDir, CRM_BOOTSTRAP_KEY: KEY, CRM_WORKER_LEASE_MS: String(LEASE_MS), CRM_WORKER_TICK_MS: '200', CRM_WEBHOOK_ALLOW_PRIVATE: 'true' };
    // One at a time: the first creates the stores the others open.
    for (const name of ['api-1', 'api-2']) {
      const app = await startAppProcess('api', env);
      processes.set(app.child.pid!, { name, app });
    }
    const worker = await startAppProcess('worker', env);
    processes.set(worker.child.pid!, { name: 'worker', app: worker });
    apis = [...processes.values()].filter((p) => p.name.startsWith('api')).map((p) => p.app);
    await post(apis[0], '/v1/automation-rules', { name: 'Follow up breaches', on: 'crm.case.sla-breached', condition: { 'data.clock': 'firstResponse' }, action: { kind: 'create-task', title: 'Call the customer back' } });
    await post(apis[1], '/v1/automation-rules', { name: 'Tell the on-call system', on: 'crm.case.sla-breached', condition: { 'data.clock': 'firstResponse' }, action: { kind: 'notify-webhook', url: hooks.url } });
  }, 120_000);

  afterAll(async () => {
    await Promise.all([...processes.values()].map((p) => p.app.stop('SIGTERM')));
    await new Promise((resolve) => (hooks.server as Server).close(resolve));
    await rm(dataDir, { recursive: true, force: true });
  });

  /** Opens a case through `api` whose first response falls due `seconds` from now. */
  async function caseDueIn(api: AppProcess, seconds: number): Promise<string> {
    const customer = await post(api, '/v1/customers', { kind: 'person', name: 'Leila Ahmadi', allowDuplicate: true });
    const policy = await post(api, '/v1/sla-policies', aroundTheClock(seconds));
    return (await post(api, '/v1/cases', { customerId: customer.id, slaPolicyId: policy.id, subject: 'Line down', priority: 'urgent', channel: 'phone' })).id;
  }

  /** Waits until each case has a breach and both of its automation runs finished; returns the log then. */
  async function untilHandled(caseIds: string[]) {
    return waitForValue(async () => {
      const log = await logOf(dataDir);
      const done = caseIds.every((caseId) =>
        log.some((e) => e.type === 'crm.case.sla-breached' && e.data.caseId === caseId)
        && log.filter((e) => e.type === 'crm.automation.action-executed' && e.data.caseId === caseId).length >= 2);
      return done ? log : undefined;
    }, 60_000);
  }

  function expectEachOnce(log: Awaited<ReturnType<typeof logOf>>, caseIds: string[]) {
    for (const caseId of caseIds) {
      expect(log.filter((e) => e.type === 'crm.case.sla-breached' && e.data.caseId === caseId)).toHaveLength(1);
      expect(log.filter((e) => e.type === 'crm.task.created' && e.data.caseId === caseId)).toHaveLength(1);
      const runs = log.filter((e) => e.type === 'crm.automation.action-executed' && e.data.caseId === caseId);
      expect(runs.map((e) => e.data.outcome)).toEqual(['done', 'done']);
    }
    // Every webhook delivery is a different run: none was delivered twice.
    expect(new Set(hooks.keys).size).toBe(hooks.keys.length);
  }

  it('records each SLA breach once and runs each automation action once, however many processes compete', async () => {
    const caseIds = [await caseDueIn(apis[0], 2), await caseDueIn(apis[1], 2), await caseDueIn(apis[0], 3)];
    const log = await untilHandled(caseIds);
    expectEachOnce(log, caseIds);
    expect(hooks.keys).toHaveLength(3);
    const lease = await currentLease(dataDir);
    expect(lease && processes.has(Number(lease.holder.split(':')[1]))).toBe(true);
  }, 120_000);

  it('after a SIGKILL of the lease holder, a successor records the breach that fell due meanwhile, once', async () => {
    const before = (await currentLease(dataDir))!;
    const holderPid = Number(before.holder.split(':')[1]);
    const holder = processes.get(holderPid)!;
    const survivor = [...processes.values()].find((p) => p.name.startsWith('api') && p !== holder)!.app;
    const caseId = await caseDueIn(survivor, 1);
    const killedAt = Date.now();
    await holder.app.stop('SIGKILL');
    processes.delete(holderPid);

    const successor = await waitForValue(async () => {
      const lease = await currentLease(dataDir);
      return lease && lease.token > before.token ? lease : undefined;
    }, LEASE_MS * 5);
    const takeoverMs = Date.now() - killedAt;
    const log = await untilHandled([caseId]);
    const breachedAfterMs = Date.parse(log.find((e) => e.type === 'crm.case.sla-breached' && e.data.caseId === caseId)!.recordedAt) - killedAt;
    console.info(`lease ${LEASE_MS} ms: ${holder.name} SIGKILLed, ${processes.get(Number(successor.holder.split(':')[1]))?.name} took over after ${takeoverMs} ms (token ${before.token} → ${successor.token}); breach recorded ${breachedAfterMs} ms after the kill`);

    expect(successor.holder).not.toBe(before.holder);
    expect(takeoverMs).toBeLessThan(LEASE_MS + 2000);
    expectEachOnce(log, [caseId]);
    expect(hooks.keys).toHaveLength(4);
  }, 120_000);
});
