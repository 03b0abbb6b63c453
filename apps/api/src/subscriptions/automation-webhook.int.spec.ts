import { Webhook } from 'standardwebhooks';
import { generateSecret } from '../../../../libs/messaging/webhooks/standard-webhooks';
import { waitForValue } from '../../../../libs/testing/wait-for';
import { AutomationRunner } from '../service/automation/automation-runner';
import { serviceSteps } from '../service/service-test-helpers';
import { startTestApp, TestApp } from '../testing/test-app';
import { webhookReceiver } from './testing/webhook-receiver';

describe('the automation notify-webhook action delivers through the subscriptions\' sender', () => {
  const secret = generateSecret();
  let t: TestApp;
  let receiver: Awaited<ReturnType<typeof webhookReceiver>>;
  beforeAll(async () => {
    // The first call fails: the delivery is retried, with the same webhook-id.
    receiver = await webhookReceiver((_call, earlier) => (earlier.length === 0 ? 503 : 204));
    t = await startTestApp({ CRM_WEBHOOK_ALLOW_PRIVATE: 'true', CRM_WEBHOOK_AUTOMATION_SECRET: secret, CRM_WORKER: 'off' });
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  it('signs with CRM_WEBHOOK_AUTOMATION_SECRET so that standardwebhooks verifies it, retries, and keeps one run per event', async () => {
    const s = serviceSteps(t);
    const rule = await s.post('/v1/automation-rules', { name: 'Tell the helpdesk', on: 'crm.task.completed', action: { kind: 'notify-webhook', url: `${receiver.url}/automation` } });
    const task = await s.post('/v1/tasks', { title: 'Send the invoice copy' });
    await s.post(`/v1/tasks/${task.id}/complete`, {}, 200);
    await s.get('/v1/cases?limit=1');
    const runner = t.app.get(AutomationRunner);
    while ((await runner.runOnce()) > 0);
    const calls = await waitForValue(async () => (receiver.calls.length >= 2 ? receiver.calls : undefined), 10_000, 'two calls');
    expect(calls).toHaveLength(2);
    const [first, second] = calls;
    expect(first.headers['webhook-id']).toBe(second.headers['webhook-id']);
    expect(second.headers['idempotency-key']).toBe(second.headers['webhook-id']);
    expect(new Webhook(secret).verify(second.body, second.headers as Record<string, string>)).toMatchObject({ type: 'crm.task.completed', data: { data: { taskId: task.id } } });
    const runs = (await s.events('crm.automation.action-executed')).filter((e) => e.data.ruleId === rule.id);
    expect(runs.map((e) => e.data)).toEqual([expect.objectContaining({ outcome: 'done', attempts: 2, action: 'notify-webhook' })]);
  });
});
