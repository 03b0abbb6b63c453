import request from 'supertest';

/** What the seed created, for the console tests to ask about. */
export interface SeededStore {
  partnerId: string;
  pipelineId: string;
}

/**
 * A small but complete history through the public API: leads in two countries (one partner's),
 * a pipeline with converted deals won, lost and open, EUR/USD rates, cases (one breached and open)
 * and NPS/CSAT feedback over two months. Business times are fixed, so "as of" answers are stable.
 */
export async function seedStore(baseUrl: string, adminKey: string): Promise<SeededStore> {
  const auth = { authorization: `Bearer ${adminKey}` };
  const post = async (path: string, body: object, status = 201) =>
    (await request(baseUrl).post(path).set(auth).send(body).expect(status)).body as Record<string, string>;
  const partnerId = (await post('/v1/partners', { name: 'Tehran Bottling', kind: 'bottler' })).id;
  await post('/v1/fx-rates', { base: 'EUR', quote: 'USD', rate: '1.10', effectiveAt: '2026-01-01T00:00:00Z' });
  const pipelineId = (await post('/v1/pipelines', {
    name: 'Hotels', country: 'IR', partnerId,
    stages: [{ name: 'Qualify', probability: '0.2' }, { name: 'Propose', probability: '0.5' }, { name: 'Negotiate', probability: '0.8' }],
  })).id;
  const leads: { country: string; at: string; source: string; partner?: boolean; convert?: { amount: string; currency: string; stage: string; close: string; outcome?: 'won' | 'lost'; closedAt?: string } }[] = [
    { country: 'IR', at: '2026-03-02T08:00:00Z', source: 'web', partner: true, convert: { amount: '1000.00', currency: 'EUR', stage: 'Qualify', close: '2026-05-15', outcome: 'won', closedAt: '2026-04-10T10:00:00Z' } },
    { country: 'IR', at: '2026-03-03T08:00:00Z', source: 'web', partner: true, convert: { amount: '2000.00', currency: 'USD', stage: 'Propose', close: '2026-05-20' } },
    { country: 'IR', at: '2026-03-04T08:00:00Z', source: 'event', partner: true, convert: { amount: '500.00', currency: 'EUR', stage: 'Negotiate', close: '2026-04-30', outcome: 'lost', closedAt: '2026-04-20T10:00:00Z' } },
    { country: 'IR', at: '2026-03-05T08:00:00Z', source: 'web', partner: true },
    { country: 'DE', at: '2026-03-06T08:00:00Z', source: 'web', convert: { amount: '3000.00', currency: 'EUR', stage: 'Qualify', close: '2026-06-10' } },
    { country: 'DE', at: '2026-03-07T08:00:00Z', source: 'event' },
    { country: 'DE', at: '2026-04-07T08:00:00Z', source: 'web' },
  ];
  let n = 0;
  for (const lead of leads) {
    n += 1;
    const id = (await post('/v1/leads', {
      name: `Lead ${n}`, email: `lead${n}@example.com`, country: lead.country, source: lead.source, occurredAt: lead.at,
      ...(lead.partner ? { partnerId } : {}),
    })).id;
    if (!lead.convert) continue;
    const c = lead.convert;
    const qualifiedAt = new Date(Date.parse(lead.at) + 86_400_000).toISOString();
    await post(`/v1/leads/${id}/qualify`, { level: 'sql', occurredAt: qualifiedAt }, 200);
    const converted = await post(`/v1/leads/${id}/convert`, {
      occurredAt: new Date(Date.parse(lead.at) + 2 * 86_400_000).toISOString(),
      opportunity: { pipelineId, name: `Deal ${n}`, amount: { amount: c.amount, currency: c.currency }, expectedCloseDate: c.close, stage: c.stage },
    }, 200);
    if (c.outcome === 'won') await post(`/v1/opportunities/${converted.opportunityId}/won`, { occurredAt: c.closedAt }, 200);
    if (c.outcome === 'lost') await post(`/v1/opportunities/${converted.opportunityId}/lost`, { reason: 'price', occurredAt: c.closedAt }, 200);
  }
  const allDay = [['00:00', '24:00']];
  const week = { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay };
  const policy = (await post('/v1/sla-policies', {
    name: 'Around the clock', timeZone: 'UTC', workingHours: week, holidays: [],
    targets: { high: { firstResponse: 'PT1H', resolution: 'PT8H' }, normal: { firstResponse: 'PT4H', resolution: 'PT24H' } },
  })).id;
  const tehran = (await post('/v1/customers', { kind: 'person', name: 'سارا احمدی', country: 'IR', partnerId, allowDuplicate: true })).id;
  const berlin = (await post('/v1/customers', { kind: 'person', name: 'Anna Schmidt', country: 'DE', allowDuplicate: true })).id;
  const openCase = async (customerId: string, priority: string, at: string) =>
    (await post('/v1/cases', { customerId, slaPolicyId: policy, subject: 'Delivery late', priority, channel: 'email', occurredAt: at })).id;
  const answered = await openCase(tehran, 'high', '2026-03-10T09:00:00Z');
  await post(`/v1/cases/${answered}/respond`, { occurredAt: '2026-03-10T09:30:00Z' }, 200);
  await post(`/v1/cases/${answered}/resolve`, { occurredAt: '2026-03-10T13:00:00Z' }, 200);
  const slow = await openCase(berlin, 'normal', '2026-03-11T09:00:00Z');
  await post(`/v1/cases/${slow}/respond`, { occurredAt: '2026-03-11T11:00:00Z' }, 200);
  await openCase(berlin, 'high', '2026-04-01T09:00:00Z'); // never answered: breached and open
  await openCase(tehran, 'normal', '2026-04-02T09:00:00Z');
  const feedback = [
    [tehran, 'nps', 9, '2026-03-12T10:00:00Z'], [tehran, 'nps', 10, '2026-03-20T10:00:00Z'], [berlin, 'nps', 3, '2026-03-21T10:00:00Z'],
    [berlin, 'nps', 8, '2026-04-05T10:00:00Z'], [tehran, 'nps', 6, '2026-04-06T10:00:00Z'],
    [tehran, 'csat', 5, '2026-03-12T11:00:00Z'], [berlin, 'csat', 2, '2026-04-05T11:00:00Z'],
  ] as const;
  for (const [customerId, kind, score, at] of feedback) await post('/v1/feedback', { customerId, kind, score, occurredAt: at });
  return { partnerId, pipelineId };
}

/**
 * A launched A/B campaign with conversions, when this server has the marketing routes (segments,
 * campaigns); `undefined` when it has not (they answer 404). `computeSegments` runs one round of
 * the background work that fills segment memberships.
 */
export async function seedCampaign(baseUrl: string, adminKey: string, computeSegments: () => Promise<void>): Promise<string | undefined> {
  const auth = { authorization: `Bearer ${adminKey}` };
  const post = (path: string, body: object) => request(baseUrl).post(path).set(auth).send(body);
  const probe = await post('/v1/segments', { name: 'Georgia', rule: { all: [{ field: 'country', op: 'eq', value: 'GE' }] } });
  if (probe.status === 404) return undefined;
  if (probe.status !== 201) throw new Error(`segment refused: ${probe.status} ${JSON.stringify(probe.body)}`);
  const members: string[] = [];
  for (const name of ['Nino', 'Giorgi', 'Tamar', 'Levan']) {
    const id = (await post('/v1/customers', { kind: 'person', name, country: 'GE', emails: [`${name.toLowerCase()}@example.ge`], allowDuplicate: true }).expect(201)).body.id;
    await post(`/v1/customers/${id}/consents`, { purpose: 'marketing', channel: 'email', granted: true, occurredAt: '2026-01-01T00:00:00Z' }).expect(200);
    members.push(id);
  }
  await computeSegments();
  const campaignId = (await post('/v1/campaigns', {
    name: 'Spring offers', segmentId: probe.body.id, channel: 'email', purpose: 'marketing', budget: { amount: '1000.00', currency: 'EUR' },
    variants: [{ name: 'A', weight: 1 }, { name: 'B', weight: 1 }],
  }).expect(201)).body.id as string;
  // The worker carries the launch out; the request waits for it (200 with the counts).
  await post(`/v1/campaigns/${campaignId}/launch`, { occurredAt: '2026-02-01T09:00:00Z' }).expect(200);
  await post(`/v1/campaigns/${campaignId}/responses`, { customerId: members[0], kind: 'converted', value: { amount: '900.00', currency: 'EUR' }, occurredAt: '2026-02-03T00:00:00Z' }).expect(201);
  await post(`/v1/campaigns/${campaignId}/responses`, { customerId: members[1], kind: 'clicked', occurredAt: '2026-02-04T00:00:00Z' }).expect(201);
  await post(`/v1/campaigns/${campaignId}/responses`, { customerId: members[2], kind: 'converted', value: { amount: '700.00', currency: 'EUR' }, occurredAt: '2026-03-04T00:00:00Z' }).expect(201);
  return campaignId;
}
