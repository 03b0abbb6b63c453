import { Response } from 'supertest';
import { waitForValue } from '../../../../../libs/testing/wait-for';

type Ok = (method: string, url: string, options?: { body?: unknown; headers?: Record<string, string> }) => Promise<Response>;

/** Campaigns and notices, as a client that read only the docs would drive them. */
export async function driveCampaignsAndNotices(ok: Ok, customerId: string): Promise<void> {
  const segment = (await ok('POST', '/v1/segments', { body: { name: 'Iran', rule: { all: [{ field: 'country', op: 'eq', value: 'IR' }] } } })).body;
  // The worker keeps memberships: wait until it took the customer (who consented to marketing by email) in.
  await waitForValue(async () => ((await ok('GET', `/v1/segments/${segment.id}/members`)).body.items as { customerId: string }[]).some((m) => m.customerId === customerId) || undefined, 20_000, 'the segment member');
  const campaign = (await ok('POST', '/v1/campaigns', {
    body: { name: 'Nowruz offers', segmentId: segment.id, channel: 'email', purpose: 'marketing', budget: { amount: '500', currency: 'EUR' }, variants: [{ name: 'A', weight: 1 }, { name: 'B', weight: 1 }] },
  })).body;
  await ok('GET', `/v1/campaigns/${campaign.id}`, { headers: { 'X-Min-Position': String(campaign.position) } });
  await ok('GET', '/v1/campaigns?limit=10');
  await ok('POST', `/v1/campaigns/${campaign.id}/launch`, { body: {} });
  await ok('GET', `/v1/analytics/campaigns/${campaign.id}?currency=EUR`);
  await ok('POST', `/v1/campaigns/${campaign.id}/responses`, { body: { customerId, kind: 'converted', occurredAt: new Date().toISOString(), value: { amount: '120', currency: 'EUR' } } });
  const notice = await ok('POST', '/v1/notices', { body: { segmentId: segment.id, purpose: 'service', text: { en: 'Maintenance tonight', 'fa-IR': 'امشب نگهداری داریم' } } });
  await ok('GET', String(notice.headers.location), { headers: { 'X-Min-Position': String(notice.body.position) } });
  await ok('GET', '/v1/notices?limit=10');
}
