import { ServiceWorker } from '../../service/service-worker';
import { startTestApp, TestApp } from '../../testing/test-app';

type Contact = { customerId: string; data: { direction: string; consent?: { granted: boolean; purpose: string; channel: string }; campaign?: { campaignId: string; variant?: string } } };

describe('campaigns: a launch contacts each consenting member once, responses are attributed, ROI converts with dated FX rates', () => {
  let t: TestApp;
  let worker: ServiceWorker;
  const head = async () => String(await t.infrastructure.eventStore.headPosition());
  const post = (path: string, body: object) => t.http().post(path).set(t.auth).send(body);
  const get = async (path: string, status = 200) => {
    const answer = await t.http().get(path).set(t.auth).set('x-min-position', await head());
    expect({ path, status: answer.status, body: answer.status === status ? undefined : answer.body }).toEqual({ path, status, body: undefined });
    return answer;
  };
  const customer = async (name: string, country: string) => (await post('/v1/customers', { kind: 'person', name, country, emails: [`${name.toLowerCase().replace(/\W/g, '')}@example.com`] }).expect(201)).body.id as string;
  const consent = (id: string, granted: boolean, occurredAt: string) => post(`/v1/customers/${id}/consents`, { purpose: 'marketing', channel: 'email', granted, occurredAt }).expect(200);
  const segmentOf = async (country: string) => {
    const id = (await post('/v1/segments', { name: `Country ${country}`, rule: { all: [{ field: 'country', op: 'eq', value: country }] } }).expect(201)).body.id as string;
    await get('/v1/segments');
    await worker.tick();
    return id;
  };
  /** Every campaign contact in the log, read sealed. */
  const contactsOf = async (campaignId: string): Promise<Contact[]> => {
    const contacts: Contact[] = [];
    for (const event of await t.infrastructure.eventStore.readAll({ after: 0, limit: 1_000_000 })) {
      const data = event.data as Contact['data'];
      if (event.type === 'crm.interaction.recorded' && data.campaign?.campaignId === campaignId) contacts.push({ customerId: String(event.subjectId), data });
    }
    return contacts;
  };
  const campaign = async (segmentId: string, extra: object = {}) =>
    (await post('/v1/campaigns', { name: 'Spring offers', segmentId, channel: 'email', purpose: 'marketing', budget: { amount: '1000', currency: 'USD' }, ...extra }).expect(201)).body.id as string;

  beforeAll(async () => {
    // The worker runs in the process (it carries launches out) and looks for work every 100 ms.
    t = await startTestApp({ CRM_WORKER_TICK_MS: '100', CRM_RATE_LIMIT_MAX: '0' });
    worker = t.app.get(ServiceWorker);
  });
  afterAll(() => t.close());

  it('never contacts a member without consent and never twice, however often it is launched', async () => {
    const [granted, _never, withdrawn, later] = [await customer('Granted G', 'AM'), await customer('Never N', 'AM'), await customer('Withdrawn W', 'AM'), await customer('Later L', 'AM')];
    await consent(granted, true, '2026-01-01T00:00:00Z');
    await consent(withdrawn, true, '2026-01-01T00:00:00Z');
    await consent(withdrawn, false, '2026-01-02T00:00:00Z');
    const segmentId = await segmentOf('AM');
    const campaignId = await campaign(segmentId, { variants: [{ name: 'A', weight: 1 }, { name: 'B', weight: 1 }] });

    const first = await post(`/v1/campaigns/${campaignId}/launch`, {}).expect(200);
    expect(first.body).toMatchObject({ launch: 1, status: 'completed', contacted: 1, skippedWithoutConsent: 3, alreadyContacted: 0 });
    const again = await Promise.all([post(`/v1/campaigns/${campaignId}/launch`, {}), post(`/v1/campaigns/${campaignId}/launch`, {})]);
    expect(again.map((r) => r.body.contacted)).toEqual([0, 0]);

    await consent(later, true, '2026-02-01T00:00:00Z');
    expect((await post(`/v1/campaigns/${campaignId}/launch`, {}).expect(200)).body).toMatchObject({ contacted: 1, skippedWithoutConsent: 2, alreadyContacted: 1 });

    const contacts = await contactsOf(campaignId);
    expect(contacts.map((c) => c.customerId).sort()).toEqual([granted, later].sort());
    for (const contact of contacts) {
      expect(contact.data).toMatchObject({ direction: 'outbound', consent: { purpose: 'marketing', channel: 'email', granted: true, basis: 'consent' } });
      expect(['A', 'B']).toContain(contact.data.campaign?.variant);
    }
    const view = (await get(`/v1/campaigns/${campaignId}`)).body;
    expect(view.launches.map((l: { contacted: number }) => l.contacted)).toEqual([1, 0, 1]);
  });

  it('attributes responses only to contacted members, and answers ROI in EUR from USD and IRR with the rates of each date', async () => {
    const [buyer, rial, idle, stranger] = [await customer('Buyer B', 'GE'), await customer('Rial R', 'GE'), await customer('Idle I', 'GE'), await customer('Stranger S', 'AZ')];
    for (const id of [buyer, rial, idle]) await consent(id, true, '2026-01-01T00:00:00Z');
    const segmentId = await segmentOf('GE');
    const campaignId = await campaign(segmentId);
    expect((await post(`/v1/campaigns/${campaignId}/launch`, { occurredAt: '2026-01-10T09:00:00Z' }).expect(200)).body).toMatchObject({ contacted: 3 });
    for (const [base, quote, rate, effectiveAt] of [['USD', 'EUR', '0.9', '2026-01-01T00:00:00Z'], ['USD', 'IRR', '42000', '2026-01-01T00:00:00Z'], ['USD', 'EUR', '0.8', '2026-03-01T00:00:00Z'], ['USD', 'IRR', '50000', '2026-03-01T00:00:00Z']]) {
      await post('/v1/fx-rates', { base, quote, rate, effectiveAt }).expect(201);
    }
    await post(`/v1/campaigns/${campaignId}/responses`, { customerId: buyer, kind: 'opened', occurredAt: '2026-01-11T00:00:00Z' }).expect(201);
    await post(`/v1/campaigns/${campaignId}/responses`, { customerId: buyer, kind: 'converted', occurredAt: '2026-01-20T00:00:00Z', value: { amount: '600', currency: 'USD' } }).expect(201);
    await post(`/v1/campaigns/${campaignId}/responses`, { customerId: rial, kind: 'converted', occurredAt: '2026-01-25T00:00:00Z', value: { amount: '84000000', currency: 'IRR' } }).expect(201);
    const refused = await post(`/v1/campaigns/${campaignId}/responses`, { customerId: stranger, kind: 'clicked', occurredAt: '2026-01-25T00:00:00Z' });
    expect(refused.status).toBe(409);

    const january = (await get(`/v1/analytics/campaigns/${campaignId}?currency=EUR&asOf=2026-02-01T00:00:00Z`)).body;
    expect(january).toMatchObject({ contacted: 3, responded: 2, converted: 2, cost: { amount: '900.00', currency: 'EUR' }, revenue: { amount: '2340.00', currency: 'EUR' }, roi: '1.6000', byVariant: [] });
    const april = (await get(`/v1/analytics/campaigns/${campaignId}?currency=EUR&asOf=2026-04-01T00:00:00Z`)).body;
    expect(april).toMatchObject({ cost: { amount: '800.00', currency: 'EUR' }, revenue: { amount: '1824.00', currency: 'EUR' }, roi: '1.2800' });
    const unconvertible = await get(`/v1/analytics/campaigns/${campaignId}?currency=JPY&asOf=2026-02-01T00:00:00Z`, 422);
    expect([unconvertible.status, unconvertible.headers['content-type']]).toEqual([422, expect.stringMatching(/problem\+json/)]);
  });

  it('refuses a campaign on an unknown segment, and bad input with problem+json naming the fields', async () => {
    expect((await post('/v1/campaigns', { name: 'X', segmentId: 'no-such-segment', channel: 'email', purpose: 'marketing', budget: { amount: '1', currency: 'EUR' } })).status).toBe(404);
    const segmentId = await segmentOf('LV');
    const bad = await post('/v1/campaigns', { name: 'X', segmentId, channel: 'email', purpose: 'Not a purpose!', budget: { amount: '1.001', currency: 'EUR' } }).expect(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['purpose', 'budget.amount']);
    expect((await post('/v1/campaigns', { name: 'X', segmentId, channel: 'fax', purpose: 'marketing', budget: { amount: '1', currency: 'EUR' } })).status).toBe(400);
  });
});
