import { Webhook } from 'standardwebhooks';
import { waitFor, waitForValue } from '../../../../libs/testing/wait-for';
import { startTestApp, TestApp } from '../testing/test-app';
import { ReceivedCall, webhookReceiver } from './testing/webhook-receiver';

/** Deliveries run in the in-process worker (tick 100 ms); retries are fast here (base 10 ms, 3 attempts, 300 ms timeout). */
const ENV = {
  CRM_WEBHOOK_ALLOW_PRIVATE: 'true', CRM_WORKER_TICK_MS: '100',
  CRM_WEBHOOK_ATTEMPTS: '3', CRM_WEBHOOK_RETRY_BASE_MS: '10', CRM_WEBHOOK_RETRY_MAX_MS: '40', CRM_WEBHOOK_TIMEOUT_MS: '300',
};

describe('webhook subscriptions: Standard Webhooks deliveries of the log', () => {
  let t: TestApp;
  let receiver: Awaited<ReturnType<typeof webhookReceiver>>;
  /** Paths whose calls fail: each path's rule, by the CloudEvent's subject. */
  const failing = new Map<string, (call: ReceivedCall, earlier: ReceivedCall[]) => number | 'hang'>();
  beforeAll(async () => {
    receiver = await webhookReceiver((call, earlier) => failing.get(call.path)?.(call, earlier) ?? 204);
    t = await startTestApp(ENV);
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  const post = async (path: string, body: object, status = 201) => (await t.http().post(path).set(t.auth).send(body).expect(status)).body;
  // Read your writes: every read waits for the read models to reach the log head.
  const get = async (path: string) => (await t.http().get(path).set(t.auth).set('X-Min-Position', String(await t.infrastructure.eventStore.headPosition())).expect(200)).body;
  const subscribe = (path: string, body: object = {}) => post('/v1/subscriptions', { url: `${receiver.url}${path}`, types: ['crm.customer.registered'], ...body });
  const register = async (name: string) => (await post('/v1/customers', { kind: 'person', name, emails: [`${name.split(' ')[0].toLowerCase()}@example.com`], allowDuplicate: true })) as { id: string; position: number };
  const callsTo = (path: string) => receiver.calls.filter((call) => call.path === path);
  const accepted = (path: string) => callsTo(path).filter((call) => (failing.get(path)?.(call, []) ?? 204) === 204);
  const until = (path: string, count: number) => waitForValue(async () => (callsTo(path).length >= count ? callsTo(path) : undefined), 15_000, `${count} calls to ${path}`);
  const bodyOf = (call: ReceivedCall) => JSON.parse(call.body) as { id: string; type: string; subject: string; position: number; data: { personal?: unknown } };

  it('answers the signing secret once, on creation, and never on a read', async () => {
    const created = await subscribe('/secret-once');
    expect(created.secret).toMatch(/^whsec_/);
    const view = await get(`/v1/subscriptions/${created.id}`);
    expect(view).toMatchObject({ subscriptionId: created.id, url: `${receiver.url}/secret-once`, types: ['crm.customer.registered'], status: 'active', delivery: { delivered: 0, deadLettered: 0 } });
    expect(JSON.stringify(view)).not.toContain(created.secret);
    expect(JSON.stringify(await get('/v1/subscriptions'))).not.toContain(created.secret);
    expect(JSON.stringify(await get('/v1/events?type=crm.subscription.created'))).not.toContain(created.secret);
  });

  it('delivers each event after the subscription once, in log order, signed so that standardwebhooks verifies it, as the feed CloudEvent', async () => {
    const { id, secret, position } = await subscribe('/ordered');
    const customers: { id: string; position: number }[] = [];
    for (const name of ['Ada Lovelace', 'Grace Hopper', 'Edsger Dijkstra', 'Barbara Liskov']) customers.push(await register(name));
    const calls = await until('/ordered', 4);
    const verified = calls.map((call) => new Webhook(secret).verify(call.body, call.headers as Record<string, string>) as { subject: string; position: number });
    expect(verified.map((event) => event.subject)).toEqual(customers.map((c) => c.id));
    expect(verified.map((event) => event.position)).toEqual(customers.map((c) => c.position));
    expect(calls.every((call) => call.headers['content-type'] === 'application/cloudevents+json')).toBe(true);
    expect(new Set(calls.map((call) => call.headers['webhook-id'])).size).toBe(4);
    const feed = await get(`/v1/events?after=${position}&type=crm.customer.registered&limit=4`);
    expect(calls.map((call) => JSON.parse(call.body))).toEqual(feed.items);
    await waitFor(async () => (await get(`/v1/subscriptions/${id}`)).delivery.position >= customers[3].position, 10_000, 'the delivery position');
    expect((await get(`/v1/subscriptions/${id}`)).delivery).toMatchObject({ delivered: 4, deadLettered: 0, consecutiveFailures: 0, lastError: null });
  });

  it('retries 5xx answers and timeouts with growing waits, then parks the event as a dead letter and goes on with the next', async () => {
    let poisoned = '';
    let slow = '';
    failing.set('/flaky', (call, earlier) => {
      const { subject } = bodyOf(call);
      if (subject === poisoned) return 503;
      // The first attempt of the slow one never answers: the 300 ms timeout ends it.
      if (subject === slow && !earlier.some((e) => e.path === '/flaky' && bodyOf(e).subject === slow)) return 'hang';
      return 204;
    });
    const { id } = await subscribe('/flaky');
    poisoned = (await register('Poison Pill')).id;
    slow = (await register('Slow Sam')).id;
    const after = await register('After Alice');
    await waitFor(() => accepted('/flaky').some((call) => bodyOf(call).subject === after.id), 15_000, 'the event after the dead letter');
    const subjects = callsTo('/flaky').map((call) => bodyOf(call).subject);
    expect(subjects).toEqual([poisoned, poisoned, poisoned, slow, slow, after.id]);
    const poisonCalls = callsTo('/flaky').slice(0, 3);
    // Equal jitter: each wait is at least half its nominal 10 ms, 20 ms.
    expect(poisonCalls[1].at - poisonCalls[0].at).toBeGreaterThanOrEqual(5);
    expect(poisonCalls[2].at - poisonCalls[1].at).toBeGreaterThanOrEqual(10);
    expect(new Set(poisonCalls.map((call) => call.headers['webhook-id'])).size).toBe(1);

    const dead = (await get(`/v1/subscriptions/${id}/dead-letters`)).items;
    expect(dead).toEqual([expect.objectContaining({ subscriptionId: id, eventId: bodyOf(poisonCalls[0]).id, attempts: 3, lastError: 'HTTP 503', status: 'parked' })]);
    await waitFor(async () => (await get(`/v1/subscriptions/${id}`)).delivery.delivered === 2, 10_000, 'the state after the dead letter');
    expect((await get(`/v1/subscriptions/${id}`)).delivery).toMatchObject({ delivered: 2, deadLettered: 1, consecutiveFailures: 0, lastError: 'HTTP 503' });

    // The receiver is fixed: the dead letter goes out once more, with its webhook-id, and leaves the list.
    poisoned = 'fixed';
    await post(`/v1/subscriptions/${id}/dead-letters/replay`, {}, 200);
    const redelivered = await waitForValue(async () => accepted('/flaky').find((call) => call.headers['webhook-id'] === poisonCalls[0].headers['webhook-id']), 15_000, 'the redelivered dead letter');
    expect(bodyOf(redelivered).id).toBe(bodyOf(poisonCalls[0]).id);
    await waitFor(async () => (await get(`/v1/subscriptions/${id}/dead-letters`)).items.length === 0, 10_000, 'an empty dead-letter list');
  });

  it('keeps delivering to other subscriptions while one receiver never answers, and parks that one\'s message after its timeouts', async () => {
    failing.set('/hanging', () => 'hang');
    const hanging = await subscribe('/hanging');
    await subscribe('/healthy');
    const customer = await register('Patient Pat');
    const healthy = await until('/healthy', 1);
    expect(bodyOf(healthy[0]).subject).toBe(customer.id);
    // The healthy receiver had its delivery before the hanging one's first attempt timed out (300 ms) and was retried.
    const hangingCalls = await until('/hanging', 3);
    expect(healthy[0].at).toBeLessThan(hangingCalls[1].at);
    const dead = await waitForValue(async () => {
      const items = (await get(`/v1/subscriptions/${hanging.id}/dead-letters`)).items;
      return items.length ? items : undefined;
    }, 15_000, 'the timed-out message parked');
    expect(dead).toEqual([expect.objectContaining({ attempts: 3, lastError: 'no answer within 300 ms' })]);
  });

  it('replays from a position: every later event again, in log order, under new webhook-ids', async () => {
    const { id, secret } = await subscribe('/replayed');
    const first = await register('Replay One');
    const second = await register('Replay Two');
    const firstRound = await until('/replayed', 2);
    await post(`/v1/subscriptions/${id}/replay`, { fromPosition: first.position - 1 }, 200);
    const calls = await until('/replayed', 4);
    const again = calls.slice(2).map((call) => new Webhook(secret).verify(call.body, call.headers as Record<string, string>) as { subject: string });
    expect(again.map((event) => event.subject)).toEqual([first.id, second.id]);
    expect(calls.slice(2).map((call) => call.headers['webhook-id'])).not.toEqual(firstRound.map((call) => call.headers['webhook-id']));
    await post(`/v1/subscriptions/${id}/replay`, { fromPosition: 1_000_000 }, 422);
  });

  it('signs with both secrets during a rotation overlap, each verifying on its own', async () => {
    const { id, secret: old } = await subscribe('/rotated');
    const rotated = await post(`/v1/subscriptions/${id}/rotate-secret`, {}, 200);
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(old);
    expect(Date.parse(rotated.previousSecretValidUntil)).toBeGreaterThan(Date.now() + 3_600_000);
    await register('Rotation Rita');
    const [call] = await until('/rotated', 1);
    expect(String(call.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(() => new Webhook(rotated.secret).verify(call.body, call.headers as Record<string, string>)).not.toThrow();
    expect(() => new Webhook(old).verify(call.body, call.headers as Record<string, string>)).not.toThrow();
  });

  it('never delivers an erased subject\'s personal data: deliveries carry what the feed carries, sealed, before and after the erasure', async () => {
    const { id } = await subscribe('/erasure', { types: [] });
    const customer = await register('Zhang Wei');
    const erased = await post(`/v1/compliance/subjects/${customer.id}/erase`, { reason: 'Art. 17 request' }, 200);
    await waitFor(() => callsTo('/erasure').some((call) => bodyOf(call).type === 'crm.customer.erased'), 15_000, 'the erasure delivered');
    await post(`/v1/subscriptions/${id}/replay`, { fromPosition: customer.position - 1 }, 200);
    await waitFor(() => callsTo('/erasure').filter((call) => bodyOf(call).subject === customer.id && bodyOf(call).type === 'crm.customer.registered').length === 2, 15_000, 'the replay');
    const delivered = callsTo('/erasure').map((call) => call.body).join('\n');
    expect(delivered).not.toMatch(/Zhang|zhang@example\.com/);
    const feed = await get(`/v1/events?after=${customer.position - 1}&limit=500`);
    const registeredInFeed = feed.items.find((item: { subject: string; type: string }) => item.subject === customer.id && item.type === 'crm.customer.registered');
    const registeredDelivered = callsTo('/erasure').map(bodyOf).filter((body) => body.subject === customer.id && body.type === 'crm.customer.registered');
    expect(registeredDelivered.map((body) => body.data.personal)).toEqual([registeredInFeed.data.personal, registeredInFeed.data.personal]);
    expect(erased.position).toBeGreaterThan(customer.position);
  });

  it('stops for good when deleted, and answers 404 for what follows', async () => {
    const { id } = await subscribe('/deleted');
    await t.http().delete(`/v1/subscriptions/${id}`).set(t.auth).expect(200);
    expect((await get(`/v1/subscriptions/${id}`)).status).toBe('deleted');
    await post(`/v1/subscriptions/${id}/rotate-secret`, {}, 404);
  });

  it('is for admins (or webhooks.manage) only: viewers and partner keys are refused', async () => {
    const viewer = (await post('/v1/api-keys', { role: 'viewer', name: 'reports' })).key;
    await t.http().get('/v1/subscriptions').set({ authorization: `Bearer ${viewer}` }).expect(403);
    const partner = await post('/v1/partners', { name: 'Hooks Reseller', kind: 'distributor' });
    const partnerKey = (await post('/v1/api-keys', { role: 'partner', name: 'reseller', partnerId: partner.id })).key;
    await t.http().post('/v1/subscriptions').set({ authorization: `Bearer ${partnerKey}` }).send({ url: `${receiver.url}/partner` }).expect(403);
  });

  it('refuses bad input with problem details naming the field', async () => {
    const answer = (await t.http().post('/v1/subscriptions').set(t.auth).send({ url: 'ftp://files.example.com', types: ['nope'] }).expect(422)).body;
    expect(answer.errors.map((e: { field: string }) => e.field).sort()).toEqual(['types', 'url']);
    await t.http().post('/v1/subscriptions').set(t.auth).send({ url: 'https://hooks.example.com', extra: 1 }).expect(400);
  });
});

describe('webhook subscriptions: targets on private addresses are refused (CRM_WEBHOOK_ALLOW_PRIVATE unset)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it.each(['http://127.0.0.1:8080/hooks', 'http://169.254.169.254/latest/meta-data', 'http://[::1]/x', 'http://10.0.0.7/crm'])('refuses %s with 422 before anything is recorded', async (url) => {
    const answer = (await t.http().post('/v1/subscriptions').set(t.auth).send({ url }).expect(422)).body;
    expect(answer.errors).toEqual([expect.objectContaining({ field: 'url', message: expect.stringMatching(/loopback, private, link-local/) })]);
    expect((await t.http().get('/v1/subscriptions').set(t.auth).expect(200)).body.items).toEqual([]);
  });
});
