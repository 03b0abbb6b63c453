import { CHANNEL_DELIVERIES } from '../../../../../libs/messaging/channels/recording-channel-adapter';
import { ServiceWorker } from '../../service/service-worker';
import { startTestApp, TestApp } from '../../testing/test-app';

describe('notices: one message per member on their channel and language, progress visible while it runs', () => {
  let t: TestApp;
  let worker: ServiceWorker;
  const head = async () => String(await t.infrastructure.eventStore.headPosition());
  const post = (path: string, body: object) => t.http().post(path).set(t.auth).send(body);
  const get = async (path: string) => (await t.http().get(path).set(t.auth).set('x-min-position', await head()).expect(200)).body;
  const round = async () => {
    await get('/v1/segments');
    await worker.tick();
  };

  beforeAll(async () => {
    // Two members per batch and a 1 ms round budget: one batch per worker round, so progress can be watched.
    t = await startTestApp({ CRM_WORKER: 'off', CRM_RATE_LIMIT_MAX: '0', CRM_NOTICE_BATCH_SIZE: '2', CRM_NOTICE_ROUND_MS: '1' });
    worker = t.app.get(ServiceWorker);
  });
  afterAll(() => t.close());

  it('sends each member one message, shows sent and failed by channel and language while it runs, and completes', async () => {
    const customer = async (body: object) => (await post('/v1/customers', { kind: 'person', country: 'UZ', allowDuplicate: true, ...body }).expect(201)).body.id as string;
    const persian = await customer({ name: 'Mina', preferredLanguage: 'fa', emails: ['mina@example.com'] });
    const english = await customer({ name: 'John', preferredLanguage: 'en-GB', emails: ['john@example.com'] });
    const phoneOnly = await customer({ name: 'Dilnoza', preferredLanguage: 'uz', phones: ['+998901234567'] });
    const pushFan = await customer({ name: 'Aziz', emails: ['aziz@example.com'] });
    await post(`/v1/customers/${pushFan}/consents`, { purpose: 'service', channel: 'push', granted: true }).expect(200);
    const unreachable = await customer({ name: 'Nobody' });
    const segmentId = (await post('/v1/segments', { name: 'Uzbekistan', rule: { all: [{ field: 'country', op: 'eq', value: 'UZ' }] } }).expect(201)).body.id;
    await round();

    const accepted = await post('/v1/notices', { segmentId, purpose: 'service', text: { en: 'Maintenance on Friday', 'fa-IR': 'نگهداری در روز جمعه' } }).expect(202);
    expect(accepted.headers.location).toBe(`/v1/notices/${accepted.body.id}`);
    expect(await get(accepted.headers.location)).toMatchObject({ status: 'queued', total: null, sent: 0, failed: 0 });

    await round();
    const running = await get(accepted.headers.location);
    expect(running).toMatchObject({ status: 'running', total: 5 });
    expect(running.sent + running.failed).toBe(2);

    for (let i = 0; i < 5 && (await get(accepted.headers.location)).status !== 'completed'; i++) await round();
    const done = await get(accepted.headers.location);
    expect(done).toMatchObject({
      status: 'completed', total: 5, sent: 4, failed: 1,
      byChannel: { email: { sent: 2, failed: 0 }, sms: { sent: 1, failed: 0 }, push: { sent: 1, failed: 0 }, none: { sent: 0, failed: 1 } },
      byLanguage: { en: { sent: 3, failed: 1 }, 'fa-IR': { sent: 1, failed: 0 } },
    });
    const deliveries = await t.infrastructure.documentStore.collection(CHANNEL_DELIVERIES).find({ noticeId: accepted.body.id });
    expect(deliveries.map((d) => [d.customerId, d.channel, d.language, d.attempts]).sort()).toEqual([
      [persian, 'email', 'fa-IR', 1], [english, 'email', 'en', 1], [phoneOnly, 'sms', 'en', 1], [pushFan, 'push', 'en', 1],
    ].sort());
    expect(deliveries.map((d) => d.customerId)).not.toContain(unreachable);
  });

  it('refuses a notice that is not a service message or names no language, with problem+json', async () => {
    const segmentId = (await post('/v1/segments', { name: 'Any', rule: { all: [{ field: 'country', op: 'eq', value: 'TJ' }] } }).expect(201)).body.id;
    expect((await post('/v1/notices', { segmentId, purpose: 'marketing', text: { en: 'x' } })).status).toBe(400);
    const bad = await post('/v1/notices', { segmentId, purpose: 'service', text: { 'no tag!': 'x', en: '' } }).expect(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['text.no tag!', 'text.en']);
    expect((await post('/v1/notices', { segmentId: 'no-such-segment', purpose: 'service', text: { en: 'x' } })).status).toBe(404);
  });
});
