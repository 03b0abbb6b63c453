import { TestApp } from '../testing/test-app';

const nineToFive = [['09:00', '17:00']];

/** New York, weekdays 09:00–17:00; high: first response 1 h, next response 2 h, resolution 8 h. */
export const newYorkPolicy = {
  name: 'New York support', timeZone: 'America/New_York',
  workingHours: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive }, holidays: ['2026-11-26'],
  targets: { high: { firstResponse: 'PT1H', nextResponse: 'PT2H', resolution: 'PT8H' }, urgent: { firstResponse: 'PT15M', resolution: 'PT4H' } },
};

/** Small steps of an API spec that read as the story they tell. */
export function serviceSteps(t: TestApp) {
  const post = async (path: string, body: object, status = 201) => (await t.http().post(path).set(t.auth).send(body).expect(status)).body;
  const head = () => t.infrastructure.eventStore.headPosition();
  const get = async (path: string, status = 200) => (await t.http().get(path).set(t.auth).set('X-Min-Position', String(await head())).expect(status)).body;
  return {
    post, get, head,
    // Customers may only name partners that exist.
    partner: async (fields: object = {}) => (await post('/v1/partners', { name: 'Tehran Bottling', kind: 'bottler', ...fields })).id as string,
    customer: async (fields: object = {}) => (await post('/v1/customers', { kind: 'person', name: 'Jane Roe', allowDuplicate: true, country: 'US', ...fields })).id as string,
    policy: async (fields: object = {}) => (await post('/v1/sla-policies', { ...newYorkPolicy, ...fields })).id as string,
    openCase: async (customerId: string, slaPolicyId: string, fields: object = {}) =>
      (await post('/v1/cases', { customerId, slaPolicyId, subject: 'Refund not received', priority: 'high', channel: 'email', occurredAt: '2026-03-06T16:00:00-05:00', ...fields })).id as string,
    events: async (type: string) => (await t.infrastructure.eventStore.readAll({ after: 0, limit: 100_000 })).filter((e) => e.type === type),
  };
}
