import createClient from 'openapi-fetch';
import type { paths } from './generated/crm-api';

/**
 * A client written from the docs alone, typed by the generated paths: register a customer,
 * record an interaction, read the 360° view once the write is visible (X-Min-Position).
 */
export async function registerAndRead360(baseUrl: string, apiKey: string) {
  const crm = createClient<paths>({ baseUrl, headers: { authorization: `Bearer ${apiKey}` } });
  const registered = await crm.POST('/v1/customers', {
    params: { header: { 'Idempotency-Key': 'client-scenario-leila' } },
    body: { kind: 'person', name: 'Leila Hosseini', emails: ['leila@example.ir'], country: 'IR' },
  });
  if (!registered.data) throw new Error(`register answered ${registered.response.status}: ${registered.error?.detail}`);
  const customerId = registered.data.id;
  const recorded = await crm.POST('/v1/customers/{id}/interactions', {
    params: { path: { id: customerId } },
    body: { channel: 'phone', direction: 'inbound', summary: 'Asked about delivery' },
  });
  if (!recorded.data) throw new Error(`interaction answered ${recorded.response.status}: ${recorded.error?.detail}`);
  const view = await crm.GET('/v1/customers/{id}', {
    params: { path: { id: customerId }, header: { 'X-Min-Position': String(recorded.data.position) } },
  });
  if (!view.data) throw new Error(`360° view answered ${view.response.status}: ${view.error?.detail}`);
  const missing = await crm.GET('/v1/customers/{id}', { params: { path: { id: '00000000-0000-4000-8000-000000000000' } } });
  return { customerId, name: view.data.name, etag: view.response.headers.get('etag'), view: view.data, missing: { status: missing.response.status, problem: missing.error } };
}
