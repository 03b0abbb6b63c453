import { Webhook } from 'standardwebhooks';
import { MONGO_SKIP_HOW, mongoTarget } from '../../../../libs/testing/engines/mongodb-target';
import { describeSkipped } from '../../../../libs/testing/engines/skip-notice';
import { dropTestDatabase } from '../../../../libs/testing/engines/temp-mongo-store';
import { waitFor, waitForValue } from '../../../../libs/testing/wait-for';
import { startTestApp, TestApp } from '../testing/test-app';
import { webhookReceiver } from './testing/webhook-receiver';

/** Delivery progress and dead letters live in the document store: the same deliveries with MongoDB read models. */
const target = mongoTarget();
if (!target) {
  describeSkipped('webhook subscriptions on MongoDB read models', `no server in this run: ${MONGO_SKIP_HOW}`);
} else {
  describe(`webhook subscriptions on MongoDB read models (${target.server})`, () => {
    const database = `crm_test_webhooks_${process.pid}_${Date.now().toString(36)}`;
    let t: TestApp;
    let receiver: Awaited<ReturnType<typeof webhookReceiver>>;
    beforeAll(async () => {
      receiver = await webhookReceiver((call) => (call.path === '/refusing' ? 500 : 204));
      const url = new URL(target.url);
      url.pathname = `/${database}`;
      t = await startTestApp({
        READ_MODELS: 'mongodb', MONGODB_URL: url.toString(), CRM_WEBHOOK_ALLOW_PRIVATE: 'true', CRM_WORKER_TICK_MS: '100',
        CRM_WEBHOOK_ATTEMPTS: '2', CRM_WEBHOOK_RETRY_BASE_MS: '10', CRM_WEBHOOK_RETRY_MAX_MS: '20',
      });
    }, 60_000);
    afterAll(async () => {
      await t?.close();
      await receiver?.close();
      for (const name of [database, `${database}_keys`, `${database}_leases`]) await dropTestDatabase(target.url, name);
    });

    const post = async (path: string, body: object) => (await t.http().post(path).set(t.auth).send(body).expect(201)).body;
    const get = async (path: string) => (await t.http().get(path).set(t.auth).set('X-Min-Position', String(await t.infrastructure.eventStore.headPosition())).expect(200)).body;

    it('delivers in log order, signed, and keeps progress and dead letters in MongoDB', async () => {
      const ordered = await post('/v1/subscriptions', { url: `${receiver.url}/ordered`, types: ['crm.customer.registered'] });
      const refusing = await post('/v1/subscriptions', { url: `${receiver.url}/refusing`, types: ['crm.customer.registered'] });
      const customers: { id: string; position: number }[] = [];
      for (const name of ['Kunde Eins', 'Kunde Zwei', 'Kunde Drei']) customers.push(await post('/v1/customers', { kind: 'person', name, allowDuplicate: true }));
      const calls = await waitForValue(async () => {
        const delivered = receiver.calls.filter((call) => call.path === '/ordered');
        return delivered.length >= 3 ? delivered : undefined;
      }, 30_000, 'three deliveries');
      expect(calls.map((call) => (new Webhook(ordered.secret).verify(call.body, call.headers as Record<string, string>) as { subject: string }).subject)).toEqual(customers.map((c) => c.id));
      await waitFor(async () => (await get(`/v1/subscriptions/${ordered.id}`)).delivery.position >= customers[2].position, 30_000, 'the saved position');
      await waitFor(async () => (await get(`/v1/subscriptions/${refusing.id}/dead-letters`)).items.length === 3, 30_000, 'three dead letters');
      expect((await get(`/v1/subscriptions/${refusing.id}`)).delivery).toMatchObject({ delivered: 0, deadLettered: 3, consecutiveFailures: 3, lastError: 'HTTP 500' });
    }, 60_000);
  });
}
