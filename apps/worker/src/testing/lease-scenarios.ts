import { Server } from 'node:http';
import { AppProcess } from '../../../../libs/testing/app-process';
import { waitForValue } from '../../../../libs/testing/wait-for';
import { Lease } from '../../../../libs/coordination/lease-store';
import { aroundTheClock, logOf, post, receiver } from './service-steps';

/** Processes competing for the service-worker lease, and the APIs commands go to. */
export interface Stack {
  dataDir: string;
  /** Lease candidates by pid (APIs with CRM_WORKER=inprocess, worker processes). */
  candidates: Map<number, { name: string; app: AppProcess }>;
  apis: AppProcess[];
  leaseMs: number;
  /** The live tenure of the service-worker lease, read from the stack's lease store. */
  currentLease(): Promise<Lease | undefined>;
  /** What else to print when the work does not happen (the pipeline's own processes). */
  diagnostics?(): Promise<string>;
}

/**
 * The two scenarios every deployment must pass: work done once among many processes, and a
 * SIGKILLed lease holder replaced within the lease time, its due work done once by the successor.
 * `start` gets the variables every process needs (a webhook receiver on loopback is used).
 */
export function describeLeasedWorker(title: string, start: (env: Record<string, string>) => Promise<Stack>, stop: () => Promise<void>): void {
  describe(title, () => {
    let stack: Stack;
    let hooks: Awaited<ReturnType<typeof receiver>>;

    beforeAll(async () => {
      hooks = await receiver();
      stack = await start({ CRM_WORKER_TICK_MS: '200', CRM_WEBHOOK_ALLOW_PRIVATE: 'true' });
      const [first, second] = stack.apis;
      await post(first, '/v1/automation-rules', { name: 'Follow up breaches', on: 'crm.case.sla-breached', condition: { 'data.clock': 'firstResponse' }, action: { kind: 'create-task', title: 'Call the customer back' } });
      await post(second, '/v1/automation-rules', { name: 'Tell the on-call system', on: 'crm.case.sla-breached', condition: { 'data.clock': 'firstResponse' }, action: { kind: 'notify-webhook', url: hooks.url } });
    }, 180_000);

    afterAll(async () => {
      await stop();
      if (hooks) await new Promise((resolve) => (hooks.server as Server).close(resolve));
    });

    /** Opens a case through `api` whose first response falls due `seconds` from now. */
    async function caseDueIn(api: AppProcess, seconds: number): Promise<string> {
      const customer = await post(api, '/v1/customers', { kind: 'person', name: 'Leila Ahmadi', allowDuplicate: true });
      const policy = await post(api, '/v1/sla-policies', aroundTheClock(seconds));
      return (await post(api, '/v1/cases', { customerId: customer.id, slaPolicyId: policy.id, subject: 'Line down', priority: 'urgent', channel: 'phone' })).id;
    }

    /** Waits until each case has a breach and both of its automation runs finished; returns the log then. */
    function untilHandled(caseIds: string[]) {
      return waitForValue(async () => {
        const log = await logOf(stack.dataDir);
        const done = caseIds.every((caseId) =>
          log.some((e) => e.type === 'crm.case.sla-breached' && e.data.caseId === caseId)
          && log.filter((e) => e.type === 'crm.automation.action-executed' && e.data.caseId === caseId).length >= 2);
        return done ? log : undefined;
      }, 60_000).catch(async (error: Error) => {
        // What the competing processes said is the only clue to why nothing happened.
        const said = await Promise.all([...stack.candidates.values()].map(async (c) => {
          const health = await fetch(`${c.app.baseUrl}/health/ready`).then((r) => r.text(), (e: Error) => e.message);
          return `${c.name} (${health}):\n${c.app.output().slice(-3000)}`;
        }));
        throw new Error(`${error.message}\n${said.join('\n')}\n${(await stack.diagnostics?.()) ?? ''}`);
      });
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

    const pidOf = (holder: string) => Number(holder.split(':')[1]);

    it('records each SLA breach once and runs each automation action once, however many processes compete', async () => {
      const [first, second] = stack.apis;
      const caseIds = [await caseDueIn(first, 2), await caseDueIn(second, 2), await caseDueIn(first, 3)];
      const log = await untilHandled(caseIds);
      expectEachOnce(log, caseIds);
      expect(hooks.keys).toHaveLength(3);
      const lease = await stack.currentLease();
      expect(lease && stack.candidates.has(pidOf(lease.holder))).toBe(true);
    }, 120_000);

    it('after a SIGKILL of the lease holder, a successor records the breach that fell due meanwhile, once', async () => {
      const before = (await stack.currentLease())!;
      const holder = stack.candidates.get(pidOf(before.holder))!;
      const survivingApi = stack.apis.find((api) => api !== holder.app)!;
      const caseId = await caseDueIn(survivingApi, 1);
      const killedAt = Date.now();
      await holder.app.stop('SIGKILL');
      stack.candidates.delete(pidOf(before.holder));

      const successor = await waitForValue(async () => {
        const lease = await stack.currentLease();
        return lease && lease.token > before.token ? lease : undefined;
      }, stack.leaseMs * 5);
      const takeoverMs = Date.now() - killedAt;
      const log = await untilHandled([caseId]);
      const breachedAfterMs = Date.parse(log.find((e) => e.type === 'crm.case.sla-breached' && e.data.caseId === caseId)!.recordedAt) - killedAt;
      console.info(`${title}: lease ${stack.leaseMs} ms; ${holder.name} SIGKILLed, ${stack.candidates.get(pidOf(successor.holder))?.name} took over after ${takeoverMs} ms (token ${before.token} → ${successor.token}); breach recorded ${breachedAfterMs} ms after the kill`);

      expect(stack.candidates.has(pidOf(successor.holder))).toBe(true);
      expect(takeoverMs).toBeLessThan(stack.leaseMs + 2000);
      expectEachOnce(log, [caseId]);
      expect(hooks.keys).toHaveLength(4);
    }, 120_000);
  });
}
