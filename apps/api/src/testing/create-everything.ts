import { newYorkPolicy, serviceSteps } from '../service/service-test-helpers';
import { TestApp } from './test-app';

/** Per create route (`POST /v1/leads`): the Location and ETag it answered. */
export type Created = Record<string, { location: string; etag: string }>;

/** Creates one of everything that can be created; each answer's Location, keyed by its create route. */
export async function createEverything(t: TestApp): Promise<Created> {
  const created: Created = {};
  const create = async (route: string, path: string, body: object, status = 201) => {
    const answer = await t.http().post(path).set(t.auth).send(body).expect(status);
    created[route] = { location: answer.headers.location, etag: answer.headers.etag };
    return answer.body.id as string;
  };
  const s = serviceSteps(t);
  const partnerId = await create('POST /v1/partners', '/v1/partners', { name: 'Alborz Bottling', kind: 'bottler' });
  await create('POST /v1/api-keys', '/v1/api-keys', { role: 'viewer', name: 'dashboard' });
  const customerId = await create('POST /v1/customers', '/v1/customers', { kind: 'person', name: 'Parisa Karimi', country: 'IR', partnerId, allowDuplicate: true });
  await create('POST /v1/customers/:id/contact-points', `/v1/customers/${customerId}/contact-points`, { type: 'email', value: 'parisa@example.ir' });
  await create('POST /v1/customers/:id/interactions', `/v1/customers/${customerId}/interactions`, { channel: 'phone', direction: 'inbound', subject: 'Order status' });
  await create('POST /v1/leads', '/v1/leads', { name: 'Dariush Amini', email: 'dariush@example.ir', source: 'web' });
  const pipelineId = await create('POST /v1/pipelines', '/v1/pipelines', { name: 'Beverages', stages: [{ name: 'Qualify', probability: 0.2 }, { name: 'Won', probability: 1 }] });
  await create('POST /v1/opportunities', '/v1/opportunities', { customerId, pipelineId, name: 'Juice line', amount: { amount: '1000', currency: 'EUR' }, expectedCloseDate: '2026-12-01' });
  await create('POST /v1/fx-rates', '/v1/fx-rates', { base: 'eur', quote: 'usd', rate: '1.1', effectiveAt: '2026-01-01T00:00:00Z' });
  const slaPolicyId = await create('POST /v1/sla-policies', '/v1/sla-policies', newYorkPolicy);
  const caseId = await create('POST /v1/cases', '/v1/cases', { customerId, slaPolicyId, subject: 'Late delivery', priority: 'high', channel: 'email' });
  await create('POST /v1/feedback', '/v1/feedback', { customerId, caseId, kind: 'csat', score: 4 });
  await create('POST /v1/tasks', '/v1/tasks', { title: 'Call back', customerId, caseId });
  await create('POST /v1/automation-rules', '/v1/automation-rules', { name: 'Escalate breaches', on: 'crm.case.sla-breached', action: { kind: 'escalate', priority: 'urgent' } });
  const segmentId = await create('POST /v1/segments', '/v1/segments', { name: 'Iranian customers', rule: { all: [{ field: 'country', op: 'eq', value: 'IR' }] } });
  await create('POST /v1/campaigns', '/v1/campaigns', { name: 'Yalda night', segmentId, channel: 'sms', purpose: 'marketing', budget: { amount: '200', currency: 'EUR' } });
  // A notice is sent in the background: 202 with the Location of its progress.
  await create('POST /v1/notices', '/v1/notices', { segmentId, purpose: 'service', text: { fa: 'فردا تعطیل هستیم' } }, 202);
  await s.get('/v1/events'); // the read models have caught up
  return created;
}

