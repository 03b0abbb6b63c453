import { Response } from 'supertest';

type Ok = (method: string, url: string, options?: { body?: unknown; headers?: Record<string, string> }) => Promise<Response>;

/** The webhook subscription operations, as a client that read only the docs would call them. */
export async function driveSubscriptionOperations(ok: Ok): Promise<void> {
  // A documentation address (TEST-NET-3): public, so the SSRF guard admits it without DNS, and never routed.
  const created = (await ok('POST', '/v1/subscriptions', { body: { url: 'https://203.0.113.10/crm', types: ['crm.customer.registered'], fromPosition: 0 } })).body;
  await ok('GET', '/v1/subscriptions');
  await ok('GET', `/v1/subscriptions/${created.id}`, { headers: { 'X-Min-Position': String(created.position) } });
  await ok('POST', `/v1/subscriptions/${created.id}/rotate-secret`);
  await ok('POST', `/v1/subscriptions/${created.id}/replay`, { body: { fromPosition: 0 } });
  await ok('GET', `/v1/subscriptions/${created.id}/dead-letters`);
  await ok('POST', `/v1/subscriptions/${created.id}/dead-letters/replay`);
  await ok('DELETE', `/v1/subscriptions/${created.id}`);
}
