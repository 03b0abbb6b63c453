import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { startTestApp, TestApp } from '../testing/test-app';
import { AutomationRunner } from './automation/automation-runner';
import { WebhookTargets } from './automation/webhook-target';
import { serviceSteps } from './service-test-helpers';

/** A receiver on loopback that must never be called: it counts what reaches it. */
async function receiver(): Promise<{ server: Server; port: number; calls: number[] }> {
  const calls: number[] = [];
  const server = createServer((_req, res) => {
    calls.push(Date.now());
    res.statusCode = 204;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, calls };
}

describe('service API: webhook targets on private addresses are refused (CRM_WEBHOOK_ALLOW_PRIVATE unset)', () => {
  let t: TestApp;
  let s: ReturnType<typeof serviceSteps>;
  beforeAll(async () => {
    t = await startTestApp();
    s = serviceSteps(t);
  });
  afterAll(() => t.close());

  it.each([
    'http://127.0.0.1:9/hooks', 'http://localhost:9/hooks', 'http://169.254.169.254/latest/meta-data/', 'http://10.0.0.5/hooks',
    'http://192.168.1.10/hooks', 'http://100.64.1.1/hooks', 'http://0.0.0.0:9/hooks', 'http://[::1]:9/hooks', 'http://[::ffff:127.0.0.1]:9/hooks', 'http://[fe80::1]/hooks', 'http://[fd00::1]/hooks',
  ])('refuses a rule notifying %s with 422 naming action.url', async (url) => {
    const refused = await s.post('/v1/automation-rules', { name: 'Leak', on: 'crm.task.completed', action: { kind: 'notify-webhook', url } }, 422);
    expect(refused).toMatchObject({ status: 422, errors: [expect.objectContaining({ field: 'action.url' })] });
  });

  it('refuses the delivery when the name has come to resolve to loopback since the rule was defined', async () => {
    const target = await receiver();
    const targets = t.app.get(WebhookTargets);
    const ownResolver = targets.resolve;
    // Injected DNS: public when the rule is defined (nothing is sent then), loopback afterwards.
    let answer = ['93.184.216.34'];
    targets.resolve = async () => answer;
    try {
      const rule = await s.post('/v1/automation-rules', { name: 'Rebinding', on: 'crm.task.completed', action: { kind: 'notify-webhook', url: `http://hooks.example.test:${target.port}/crm` } });
      answer = ['127.0.0.1'];
      const task = await s.post('/v1/tasks', { title: 'Call back' });
      await s.post(`/v1/tasks/${task.id}/complete`, {}, 200);
      await s.get('/v1/cases?limit=1');
      while ((await t.app.get(AutomationRunner).runOnce()) > 0);
      expect(target.calls).toHaveLength(0);
      const runs = (await s.events('crm.automation.action-executed')).filter((e) => e.data.ruleId === rule.id);
      expect(runs.map((e) => e.data)).toEqual([expect.objectContaining({ outcome: 'failed', attempts: 1, error: expect.stringMatching(/resolves to 127\.0\.0\.1/) })]);
    } finally {
      targets.resolve = ownResolver;
      target.server.close();
    }
  });
});
