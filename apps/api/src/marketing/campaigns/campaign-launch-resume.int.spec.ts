import { ServiceWorker } from '../../service/service-worker';
import { startTestApp, TestApp } from '../../testing/test-app';
import { CampaignLauncher } from './campaign-launcher';

describe('a campaign launch cut short between contacting a page and recording it', () => {
  let t: TestApp;
  const head = async () => String(await t.infrastructure.eventStore.headPosition());
  const post = (path: string, body: object) => t.http().post(path).set(t.auth).send(body);
  const get = async (path: string) => (await t.http().get(path).set(t.auth).set('x-min-position', await head()).expect(200)).body;
  const round = async () => {
    await get('/v1/segments');
    await t.app.get(ServiceWorker).tick();
  };
  const contacts = async (campaignId: string) => (await t.infrastructure.eventStore.readAll({ after: 0, limit: 100_000 }))
    .filter((e) => e.type === 'crm.interaction.recorded' && (e.data.campaign as { campaignId?: string } | undefined)?.campaignId === campaignId).map((e) => e.subjectId);

  beforeAll(async () => {
    // The launch request answers at once (202) and the worker only runs when the spec says so.
    t = await startTestApp({ CRM_WORKER: 'off', CRM_RATE_LIMIT_MAX: '0', CRM_CAMPAIGN_LAUNCH_WAIT_MS: '0' });
  });
  afterAll(() => t.close());

  it('is finished by the next round with exact counts, every member contacted once', async () => {
    const members: string[] = [];
    for (const [name, consents] of [['Ana', true], ['Ben', true], ['Cem', true], ['Dan', false]] as const) {
      const id = (await post('/v1/customers', { kind: 'person', name, country: 'MN', emails: [`${name.toLowerCase()}@example.com`] }).expect(201)).body.id as string;
      if (consents) await post(`/v1/customers/${id}/consents`, { purpose: 'marketing', channel: 'email', granted: true }).expect(200);
      members.push(id);
    }
    const segmentId = (await post('/v1/segments', { name: 'Mongolia', rule: { all: [{ field: 'country', op: 'eq', value: 'MN' }] } }).expect(201)).body.id;
    await round();
    const campaignId = (await post('/v1/campaigns', { name: 'Naadam', segmentId, channel: 'email', purpose: 'marketing', budget: { amount: '10', currency: 'EUR' } }).expect(201)).body.id;
    const accepted = await post(`/v1/campaigns/${campaignId}/launch`, {}).expect(202);
    expect(accepted.headers.location).toBe(`/v1/campaigns/${campaignId}`);
    expect(accepted.body).toMatchObject({ launch: 1, status: 'running', contacted: 0 });

    // The lease is lost after the page's contacts were appended, before the page was recorded.
    let fences = 0;
    const deposed = async () => {
      if (++fences === 2) throw new Error('lease lost');
    };
    await expect(t.app.get(CampaignLauncher).advance(campaignId, Date.now(), deposed)).rejects.toThrow('lease lost');
    expect((await contacts(campaignId)).sort()).toEqual(members.slice(0, 3).sort());
    expect((await get(`/v1/campaigns/${campaignId}`)).running).toMatchObject({ launch: 1, contacted: 0 });

    await round();
    const view = await get(`/v1/campaigns/${campaignId}`);
    expect(view).toMatchObject({ launching: false, running: null, launches: [expect.objectContaining({ launch: 1, contacted: 3, skippedWithoutConsent: 1, alreadyContacted: 0 })] });
    expect((await contacts(campaignId)).sort()).toEqual(members.slice(0, 3).sort());
  });
});
