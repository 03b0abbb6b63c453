import { CommandBus } from '@nestjs/cqrs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { startTestApp, TestApp } from '../testing/test-app';
import { AUTOMATION_CHECKPOINTS, AutomationRunner } from './automation/automation-runner';
import { serviceSteps } from './service-test-helpers';
import { SlaScheduler } from './sla/sla-scheduler';
import { WebhookTargets } from './automation/webhook-target';
import { API_CONFIG, DOCUMENT_STORE, EVENT_STORE, RAW_EVENT_STORE } from '../infrastructure/tokens';
import { ReadModels } from '../read-side/read-models.service';

/** A webhook receiver on 127.0.0.1:0 that fails its first call with 503, then accepts. */
async function flakyReceiver(): Promise<{ server: Server; url: string; calls: { key: string; body: { type: string; data: Record<string, unknown> } }[] }> {
  const calls: { key: string; body: { type: string; data: Record<string, unknown> } }[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      calls.push({ key: String(req.headers['idempotency-key']), body: JSON.parse(raw) });
      res.statusCode = calls.length === 1 ? 503 : 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/crm`, calls };
}

describe('service API: automation rules, executed at least once and never twice', () => {
  let t: TestApp;
  let s: ReturnType<typeof serviceSteps>;
  let runner: AutomationRunner;
  let customerId: string;
  beforeAll(async () => {
    // The receivers listen on 127.0.0.1, which only this setting lets a webhook reach.
    t = await startTestApp({ CRM_WEBHOOK_ALLOW_PRIVATE: 'true' });
    s = serviceSteps(t);
    runner = t.app.get(AutomationRunner);
    runner.webhookOptions = { baseDelayMs: 10 };
    customerId = await s.customer();
  });
  afterAll(() => t.close());

  /** Runs the automation until it has read the whole log (the worker may be running it too). */
  const drain = async () => {
    await s.get('/v1/cases?limit=1');
    while ((await runner.runOnce()) > 0);
  };
  /** Forgets the checkpoint, as after a crash before it was saved: the whole log is processed again. */
  const replayFromStart = async () => {
    await t.infrastructure.documentStore.dropCollection(AUTOMATION_CHECKPOINTS);
    await drain();
  };

  it('creates one follow-up task for a detractor, even when the log is replayed', async () => {
    const rule = await s.post('/v1/automation-rules', { name: 'Call detractors', on: 'crm.feedback.recorded', condition: { 'data.kind': 'nps', 'data.score': { $lte: 6 } }, action: { kind: 'create-task', title: 'Call back', assignee: 'agent-3', dueIn: 'PT4H' } });
    await s.post('/v1/feedback', { customerId, kind: 'nps', score: 3, occurredAt: '2026-03-10T10:00:00Z' });
    await s.post('/v1/feedback', { customerId, kind: 'nps', score: 10 });
    await drain();
    await replayFromStart();
    const tasks = (await s.get(`/v1/tasks?customerId=${customerId}`)).items;
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ title: 'Call back', assignee: 'agent-3', dueAt: '2026-03-10T14:00:00.000Z', ruleId: rule.id, status: 'open' });
    expect((await s.events('crm.automation.action-executed')).filter((e) => e.data.ruleId === rule.id)).toHaveLength(1);
  });

  it('escalates a case once when its first response is breached', async () => {
    await s.post('/v1/automation-rules', { name: 'Escalate breaches', on: 'crm.case.sla-breached', condition: { 'data.clock': 'firstResponse' }, action: { kind: 'escalate', priority: 'urgent' } });
    const policy = await s.policy();
    const caseId = await s.openCase(customerId, policy, { occurredAt: '2026-04-07T09:00:00-04:00' });
    await s.get(`/v1/cases/${caseId}`);
    await t.app.get(SlaScheduler).sweep(new Date('2026-04-07T14:00:01Z'));
    await drain();
    await replayFromStart();
    const escalations = (await s.events('crm.case.escalated')).filter((e) => e.data.caseId === caseId);
    expect(escalations).toHaveLength(1);
    expect(escalations[0]).toMatchObject({ data: { priority: 'urgent', level: 1 }, metadata: { source: 'automation' } });
    expect(await s.get(`/v1/cases/${caseId}`)).toMatchObject({ priority: 'urgent', escalationLevel: 1 });
  });

  it('notifies a webhook with retries, without personal fields, and does not notify again on replay', async () => {
    const receiver = await flakyReceiver();
    try {
      const rule = await s.post('/v1/automation-rules', { name: 'Tell the helpdesk', on: 'crm.task.completed', action: { kind: 'notify-webhook', url: receiver.url } });
      const task = await s.post('/v1/tasks', { title: 'Send the invoice copy', customerId });
      await s.post(`/v1/tasks/${task.id}/complete`, {}, 200);
      await drain();
      await replayFromStart();
      expect(receiver.calls).toHaveLength(2);
      expect(new Set(receiver.calls.map((c) => c.key)).size).toBe(1);
      expect(receiver.calls[1].body).toMatchObject({ type: 'crm.task.completed', data: { data: { taskId: task.id } } });
      expect(JSON.stringify(receiver.calls[1].body)).not.toContain('Send the invoice copy');
      const runs = (await s.events('crm.automation.action-executed')).filter((e) => e.data.ruleId === rule.id);
      expect(runs.map((e) => e.data)).toEqual([expect.objectContaining({ outcome: 'done', attempts: 2, action: 'notify-webhook' })]);
    } finally {
      receiver.server.close();
    }
  });

  it('notifies once when two runners (the worker and another process) work on the same events at the same time', async () => {
    const receiver = await flakyReceiver();
    // A second runner over the same store, as in a second API process: in-process ordering cannot hide a race.
    const other = new AutomationRunner(t.app.get(EVENT_STORE), t.app.get(DOCUMENT_STORE), t.app.get(ReadModels), t.app.get(CommandBus), t.app.get(WebhookTargets), t.app.get(API_CONFIG), t.app.get(RAW_EVENT_STORE));
    other.webhookOptions = runner.webhookOptions;
    try {
      const rule = await s.post('/v1/automation-rules', { name: 'Tell marketing', on: 'crm.customer.consent-granted', action: { kind: 'notify-webhook', url: receiver.url } });
      await s.post(`/v1/customers/${customerId}/consents`, { purpose: 'newsletter', channel: 'email', granted: true }, 200);
      await s.get('/v1/cases?limit=1');
      await Promise.all([runner.runOnce(), other.runOnce(), runner.runOnce(), other.runOnce()]);
      await drain();
      // The receiver fails the first call: one delivery is exactly two calls with one key.
      expect(receiver.calls).toHaveLength(2);
      expect(new Set(receiver.calls.map((c) => c.key)).size).toBe(1);
      const runs = (await s.events('crm.automation.action-executed')).filter((e) => e.data.ruleId === rule.id);
      expect(runs.map((e) => e.data)).toEqual([expect.objectContaining({ outcome: 'done', attempts: 2 })]);
    } finally {
      receiver.server.close();
    }
  });

  it('refuses a rule whose condition would run code', async () => {
    const refused = await s.post('/v1/automation-rules', { name: 'x', on: 'crm.case.opened', condition: { $where: 'this.priority === this.priority' }, action: { kind: 'escalate' } }, 422);
    expect(refused.errors).toEqual([expect.objectContaining({ field: 'condition' })]);
  });
});
