import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { AppProcess, startAppProcess } from '../../../libs/testing/app-process';
import { createTopics } from '../../../libs/testing/engines/kafka-broker';
import { describeWithKafka, testKafkaBrokers } from '../../../libs/testing/engines/test-kafka';
import { waitFor, waitForValue } from '../../../libs/testing/wait-for';
import { webhookReceiver } from '../../api/src/subscriptions/testing/webhook-receiver';
import { KEY } from './testing/service-steps';

const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };
const PARTITIONS = 4;

/**
 * Marketing's background work in the Kafka deployment: the API (FANOUT=kafka, CRM_WORKER=off)
 * only records commands, the relay and the projector build the read models from the topic, and
 * `npm run worker` alone keeps segment membership, launches campaigns, sends notices and delivers
 * webhooks — the same jobs as on one machine, over the distributed read side.
 */
describeWithKafka('segments, campaigns, notices and webhooks in the Kafka deployment (API with CRM_WORKER=off, relay, projector, worker)', () => {
  let dataDir: string;
  let receiver: Awaited<ReturnType<typeof webhookReceiver>>;
  const apps: AppProcess[] = [];
  let api: AppProcess;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'crm-marketing-kafka-'));
    receiver = await webhookReceiver();
    const topic = `crm.events.marketing.${process.pid}.${Date.now().toString(36)}`;
    await createTopics(testKafkaBrokers, { [topic]: PARTITIONS });
    const env = {
      CRM_DATA_DIR: dataDir, CRM_BOOTSTRAP_KEY: KEY, CRM_RATE_LIMIT_MAX: '0', CRM_WEBHOOK_ALLOW_PRIVATE: 'true',
      CRM_WORKER_LEASE_MS: '3000', CRM_WORKER_TICK_MS: '100', CRM_CAMPAIGN_LAUNCH_WAIT_MS: '0',
      FANOUT: 'kafka', KAFKA_BROKERS: testKafkaBrokers.join(','), KAFKA_TOPIC: topic, KAFKA_GROUP_ID: `crm-projector-${topic}`,
      KAFKA_SESSION_TIMEOUT_MS: '6000', KAFKA_MAX_WAIT_MS: '100',
    };
    api = await startAppProcess('api', { ...env, CRM_WORKER: 'off' });
    apps.push(api, await startAppProcess('relay', env));
    const projector = await startAppProcess('projector', env);
    apps.push(projector);
    await waitFor(async () => ((await (await fetch(`${projector.baseUrl}/health/ready`)).json()) as { partitions?: number[] }).partitions?.length === PARTITIONS,
      60_000, 'the projector to own every partition');
    apps.push(await startAppProcess('worker', env));
  }, 180_000);

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.stop('SIGTERM')));
    await receiver?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function call(method: string, path: string, body?: object): Promise<{ status: number; body: Record<string, unknown> }> {
    const res = await fetch(`${api.baseUrl}${path}`, { method, headers, ...(body ? { body: JSON.stringify(body) } : {}) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  it('keeps membership, launches, notifies and delivers signed events through the worker', async () => {
    const subscription = await call('POST', '/v1/subscriptions', { url: `${receiver.url}/crm`, types: ['crm.segment.member-entered'] });
    expect(subscription.status).toBe(201);
    const ids: string[] = [];
    for (const [name, consent] of [['Aizada Bekova', true], ['Bakyt Osmonov', false]] as const) {
      const customer = await call('POST', '/v1/customers', { kind: 'person', name, country: 'KG', emails: [`${name.split(' ')[0].toLowerCase()}@example.kg`] });
      expect(customer.status).toBe(201);
      ids.push(customer.body.id as string);
      if (consent) expect((await call('POST', `/v1/customers/${customer.body.id}/consents`, { purpose: 'marketing', channel: 'email', granted: true })).status).toBe(200);
    }
    const segment = await call('POST', '/v1/segments', { name: 'Kyrgyzstan', rule: { all: [{ field: 'country', op: 'eq', value: 'KG' }] } });
    const members = await waitForValue(async () => {
      const page = (await call('GET', `/v1/segments/${segment.body.id}/members`)).body.items as { customerId: string }[];
      return page.length === 2 ? page : undefined;
    }, 60_000, 'the members');
    expect(members.map((m) => m.customerId).sort()).toEqual([...ids].sort());

    const campaign = await call('POST', '/v1/campaigns', { name: 'Nooruz', segmentId: segment.body.id, channel: 'email', purpose: 'marketing', budget: { amount: '50', currency: 'EUR' } });
    expect((await call('POST', `/v1/campaigns/${campaign.body.id}/launch`, {})).status).toBe(202);
    const launched = await waitForValue(async () => {
      const view = (await call('GET', `/v1/campaigns/${campaign.body.id}`)).body;
      // Until the projector has the campaign, the read answers 404 (no launches yet).
      return (view.launches as unknown[] | undefined)?.length ? view : undefined;
    }, 60_000, 'the launch');
    expect(launched.launches).toEqual([expect.objectContaining({ contacted: 1, skippedWithoutConsent: 1, alreadyContacted: 0 })]);

    const notice = await call('POST', '/v1/notices', { segmentId: segment.body.id, purpose: 'service', text: { en: 'Office closed on Friday' } });
    expect(notice.status).toBe(202);
    const progress = await waitForValue(async () => {
      const view = (await call('GET', `/v1/notices/${notice.body.id}`)).body;
      return view.status === 'completed' ? view : undefined;
    }, 60_000, 'the notice');
    expect(progress).toMatchObject({ total: 2, sent: 2, failed: 0 });

    await waitFor(() => receiver.calls.length >= 2, 60_000, 'two webhook deliveries');
    const verified = receiver.calls.map((c) => new Webhook(subscription.body.secret as string).verify(c.body, c.headers as Record<string, string>) as { subject: string; type: string });
    expect(verified.map((v) => v.type)).toEqual(['crm.segment.member-entered', 'crm.segment.member-entered']);
    expect(verified.map((v) => v.subject).sort()).toEqual([...ids].sort());
  }, 240_000);
});
