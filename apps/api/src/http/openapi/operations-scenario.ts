import { Response } from 'supertest';
import { driveSubscriptionOperations } from './operations-scenario-subscriptions';
import { driveMarketingOperations } from './operations-scenario-marketing';
import { driveCampaignsAndNotices } from './operations-scenario-campaigns-notices';

type Call = (method: string, url: string, options?: { body?: unknown; headers?: Record<string, string>; raw?: { type: string; data: string } }) => Promise<Response>;
type OpenStream = (url: string, headers: Record<string, string>) => Promise<void>;

/** One pass through the whole API as a client that read only the docs would write it. */
export async function driveEveryOperation(call: Call, openStream: OpenStream): Promise<void> {
  const ok = async (method: string, url: string, options?: Parameters<Call>[2]) => {
    const response = await call(method, url, options);
    if (response.status >= 400) throw new Error(`${method} ${url} answered ${response.status}: ${response.text}`);
    return response;
  };
  await ok('GET', '/v1/me');
  const key = (await ok('POST', '/v1/api-keys', { body: { role: 'viewer', name: 'reporting' } })).body;
  await ok('GET', '/v1/api-keys');
  await ok('GET', `/v1/api-keys/${key.id}`);
  await ok('DELETE', `/v1/api-keys/${key.id}`);

  const partner = (await ok('POST', '/v1/partners', { body: { name: 'Zamzam Tehran Bottling', kind: 'bottler' } })).body;
  await ok('GET', '/v1/partners');
  await ok('GET', `/v1/partners/${partner.id}`);

  const registered = await ok('POST', '/v1/customers', { body: { kind: 'person', name: 'Maryam Rezaei', emails: ['maryam@example.ir'], country: 'IR' }, headers: { 'Idempotency-Key': 'register-maryam' } });
  const customer = registered.body.id as string;
  await ok('PATCH', `/v1/customers/${customer}`, { body: { currency: 'EUR', timeZone: null }, headers: { 'If-Match': registered.headers.etag } });
  const phone = (await ok('POST', `/v1/customers/${customer}/contact-points`, { body: { type: 'phone', value: '0912 345 6789' } })).body;
  await ok('GET', `/v1/customers/${customer}/contact-points/${phone.contactPointId}`, { headers: { 'X-Min-Position': String(phone.position) } });
  await ok('DELETE', `/v1/customers/${customer}/contact-points/${phone.contactPointId}`);
  await ok('POST', `/v1/customers/${customer}/consents`, { body: { purpose: 'marketing', channel: 'email', granted: true } });
  const interaction = (await ok('POST', `/v1/customers/${customer}/interactions`, { body: { channel: 'email', direction: 'inbound' } })).body;
  const view = await ok('GET', `/v1/customers/${customer}`, { headers: { 'X-Min-Position': String(interaction.position) } });
  await ok('GET', `/v1/customers/${customer}`, { headers: { 'If-None-Match': view.headers.etag } });
  await ok('GET', '/v1/customers?limit=10');
  await ok('GET', `/v1/customers/${customer}/timeline?limit=10`);
  await ok('GET', `/v1/customers/${customer}/history`);
  await ok('GET', `/v1/customers/${customer}/consents/at?purpose=marketing&channel=email&at=${encodeURIComponent(new Date().toISOString())}`);

  const twin = (await ok('POST', '/v1/customers', { body: { kind: 'person', name: 'Maryam Rezaei', emails: ['maryam.r@example.ir'], country: 'IR', allowDuplicate: true } })).body;
  await ok('GET', '/v1/customers/duplicates', { headers: { 'X-Min-Position': String(twin.position) } });
  await ok('POST', `/v1/customers/${customer}/merge`, { body: { duplicateIds: [twin.id] } });
  await ok('POST', `/v1/customers/${customer}/unmerge`, { body: { customerId: twin.id } });
  await ok('POST', '/v1/imports', { raw: { type: 'text/csv', data: 'kind,name,emails\nperson,Ali Karimi,ali@example.ir\n' } });

  const pipeline = (await ok('POST', '/v1/pipelines', { body: { name: 'Iran beverages', stages: [{ name: 'Proposal', probability: 0.5 }, { name: 'Negotiation', probability: '0.8' }] } })).body;
  await ok('GET', '/v1/pipelines');
  await ok('GET', `/v1/pipelines/${pipeline.id}`, { headers: { 'X-Min-Position': String(pipeline.position) } });
  const lead = (await ok('POST', '/v1/leads', { body: { name: 'Reza Karimi', source: 'webinar', email: 'reza@example.ir' } })).body;
  await ok('POST', `/v1/leads/${lead.id}/signals`, { body: { kind: 'demo_request' } });
  await ok('POST', `/v1/leads/${lead.id}/qualify`, { body: {} });
  await ok('GET', `/v1/leads/${lead.id}`);
  await ok('GET', '/v1/leads');
  await ok('POST', `/v1/leads/${lead.id}/convert`, { body: {} });
  const other = (await ok('POST', '/v1/leads', { body: { name: 'Sara Ahmadi', source: 'fair', phone: '+98 912 000 1111' } })).body;
  await ok('POST', `/v1/leads/${other.id}/disqualify`, { body: { reason: 'no budget this year' } });
  const deal = { pipelineId: pipeline.id, name: 'Cold brew for 40 cafés', amount: { amount: '12500.50', currency: 'EUR' }, expectedCloseDate: '2026-06-30', customerId: customer };
  const opportunity = (await ok('POST', '/v1/opportunities', { body: deal })).body;
  await ok('POST', `/v1/opportunities/${opportunity.id}/stage`, { body: { stage: 'Negotiation' } });
  await ok('POST', `/v1/opportunities/${opportunity.id}/won`, { body: {} });
  const lost = (await ok('POST', '/v1/opportunities', { body: { ...deal, name: 'Syrup for 3 hotels' } })).body;
  await ok('POST', `/v1/opportunities/${lost.id}/lost`, { body: { reason: 'price' } });
  await ok('GET', `/v1/opportunities/${opportunity.id}`);
  await ok('GET', '/v1/opportunities');
  await ok('POST', '/v1/fx-rates', { body: { base: 'EUR', quote: 'IRR', rate: '585000.5', effectiveAt: '2026-01-01T00:00:00Z' } });
  await ok('GET', '/v1/fx-rates?base=EUR&quote=IRR');
  const model = { fit: [{ attribute: 'industry', in: ['hospitality'], points: 20 }], engagement: { demo_request: 30, web_visit: 2 }, halfLifeDays: 30, thresholds: { mql: 40 } };
  const saved = (await ok('PUT', '/v1/lead-scoring-model', { body: model })).body;
  await ok('GET', '/v1/lead-scoring-model', { headers: { 'X-Min-Position': String(saved.position) } });
  for (const figure of ['lead-funnel', 'pipeline', 'forecast', 'win-rate', 'lead-scores', 'service', 'nps']) await ok('GET', `/v1/analytics/${figure}`);
  await ok('GET', '/v1/analytics/lead-scores/compare?modelA=1&modelB=1');

  const policyBody = { name: 'Tehran support', timeZone: 'Asia/Tehran', workingHours: { sat: [['08:00', '16:00']] }, targets: { high: { firstResponse: 'PT1H', nextResponse: 'PT2H', resolution: 'PT8H' } } };
  const policy = await ok('POST', '/v1/sla-policies', { body: policyBody });
  await ok('PUT', `/v1/sla-policies/${policy.body.id}`, { body: { ...policyBody, holidays: ['2026-03-21'] }, headers: { 'If-Match': policy.headers.etag } });
  await ok('GET', '/v1/sla-policies');
  await ok('GET', `/v1/sla-policies/${policy.body.id}`);
  const opened = (await ok('POST', '/v1/cases', { body: { customerId: customer, subject: 'Refund not received', priority: 'high', channel: 'email', slaPolicyId: policy.body.id } })).body;
  await ok('POST', `/v1/cases/${opened.id}/assign`, { body: { assignee: 'agent-7' } });
  await ok('POST', `/v1/cases/${opened.id}/escalate`, { body: {} });
  await ok('POST', `/v1/cases/${opened.id}/respond`, { body: { text: 'We are on it' } });
  await ok('GET', '/v1/cases');
  await ok('GET', `/v1/cases/${opened.id}`);
  const feedback = (await ok('POST', '/v1/feedback', { body: { customerId: customer, kind: 'nps', score: 9 } })).body;
  await ok('GET', '/v1/feedback');
  await ok('GET', `/v1/feedback/${feedback.id}`, { headers: { 'X-Min-Position': String(feedback.position) } });
  const task = (await ok('POST', '/v1/tasks', { body: { title: 'Call back about the refund' } })).body;
  await ok('POST', `/v1/tasks/${task.id}/complete`, { body: {} });
  await ok('GET', '/v1/tasks');
  await ok('GET', `/v1/tasks/${task.id}`);
  const rule = (await ok('POST', '/v1/automation-rules', { body: { name: 'Escalate breaches', on: 'crm.case.sla-breached', action: { kind: 'escalate', priority: 'urgent' } } })).body;
  await ok('GET', `/v1/automation-rules/${rule.id}`, { headers: { 'X-Min-Position': String(rule.position) } });
  await ok('POST', `/v1/automation-rules/${rule.id}/disable`);

  await driveMarketingOperations(ok);
  await driveCampaignsAndNotices(ok, customer);

  await ok('GET', `/v1/compliance/subjects/${customer}/export`);
  await ok('GET', '/v1/compliance/access-log');
  await ok('GET', '/v1/audit/events');
  await ok('POST', `/v1/compliance/subjects/${twin.id}/erase`, { body: { reason: 'asked to be forgotten' } });
  await driveSubscriptionOperations(ok);
  await ok('GET', '/v1/events?limit=5&type=crm.customer.registered');
  await openStream('/v1/events/stream', { 'Last-Event-ID': '1' });
}
