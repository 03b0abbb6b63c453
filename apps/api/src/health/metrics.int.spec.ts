import { startTestApp, TestApp } from '../testing/test-app';

/** Every sample line of one family (`name`, `name_bucket`, `name_sum`…), parsed. */
function samples(text: string, family: string): Array<{ name: string; labels: Record<string, string>; value: number }> {
  const out = [];
  for (const line of text.split('\n')) {
    const match = /^([a-z_:][\w:]*)(?:\{([^}]*)\})? (\S+)$/.exec(line);
    if (!match || !(match[1] === family || match[1].startsWith(`${family}_`))) continue;
    const labels = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    out.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return out;
}

describe('/metrics in the Prometheus exposition format', () => {
  let t: TestApp;
  let text: string;
  beforeAll(async () => {
    t = await startTestApp();
    const created = await t.http().post('/v1/customers').set(t.auth).send({ kind: 'person', name: 'Ada Lovelace', emails: ['ada@example.org'], country: 'GB' }).expect(201);
    await t.http().get(`/v1/customers/${created.body.id}`).set(t.auth).set('x-min-position', String(created.body.position)).expect(200);
    // A command the domain refuses: removing a contact point the customer does not have.
    await t.http().delete(`/v1/customers/${created.body.id}/contact-points/no-such-point`).set(t.auth).expect(404);
    text = (await t.http().get('/metrics').expect(200).expect('content-type', /^text\/plain; version=0\.0\.4/)).text;
  });
  afterAll(() => t.close());

  it('includes the Node.js process metrics', () => {
    for (const family of ['process_cpu_user_seconds_total', 'process_resident_memory_bytes', 'nodejs_eventloop_lag_seconds', 'nodejs_heap_size_used_bytes', 'nodejs_gc_duration_seconds']) {
      expect(text).toContain(`# TYPE ${family} `);
    }
  });

  it('times HTTP requests by route template and status, never by the raw path', () => {
    const http = samples(text, 'crm_http_request_duration_seconds').filter((s) => s.name.endsWith('_count'));
    expect(http).toEqual(expect.arrayContaining([
      expect.objectContaining({ labels: { method: 'POST', route: '/v1/customers', status: '201' }, value: 1 }),
      expect.objectContaining({ labels: { method: 'GET', route: '/v1/customers/:id', status: '200' }, value: 1 }),
    ]));
    expect(http.every((s) => !/[0-9a-f]{8}-[0-9a-f]{4}/.test(s.labels.route))).toBe(true);
  });

  it('counts commands by type and outcome', () => {
    const commands = samples(text, 'crm_commands_total');
    expect(commands).toContainEqual({ name: 'crm_commands_total', labels: { type: 'RegisterCustomer', outcome: 'written' }, value: 1 });
    expect(commands.some((s) => s.labels.outcome === 'rejected' && s.value === 1)).toBe(true);
    process.stdout.write(`${text.split('\n').filter((l) => /^crm_(commands|http_request_duration_seconds_count|projection_lag|event_store_group_commit_size_count)/.test(l)).join('\n')}\n`);
  });

  it('measures append latency and group-commit size', () => {
    expect(samples(text, 'crm_event_store_append_duration_seconds').find((s) => s.name.endsWith('_count'))!.value).toBeGreaterThan(0);
    expect(samples(text, 'crm_event_store_group_commit_size').find((s) => s.name.endsWith('_count'))!.value).toBeGreaterThan(0);
  });

  it('reports lag and parked events per projection', () => {
    const lag = samples(text, 'crm_projection_lag_events');
    expect(lag).toContainEqual({ name: 'crm_projection_lag_events', labels: { projection: 'customer-360' }, value: 0 });
    expect(samples(text, 'crm_projection_parked_events')).toContainEqual({ name: 'crm_projection_parked_events', labels: { projection: 'customer-360' }, value: 0 });
  });

  it('declares the relay, consumer, SLA and webhook families', () => {
    for (const family of ['crm_relay_lag_events', 'crm_consumer_lag_messages', 'crm_sla_breaches_total', 'crm_webhook_deliveries_total']) {
      expect(text).toContain(`# TYPE ${family} `);
    }
  });
});

describe('access to /metrics', () => {
  const token = 'scrape-token-0123456789';
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ CRM_METRICS_TOKEN: token, CRM_RATE_LIMIT_MAX: '2' })));
  afterAll(() => t.close());

  it('needs the configured bearer token, and an API key is not it', async () => {
    await t.http().get('/metrics').expect(401);
    await t.http().get('/metrics').set(t.auth).expect(401);
    await t.http().get('/metrics').set('authorization', `Bearer ${token}`).expect(200);
  });

  it('is not counted against the client rate limit', async () => {
    for (let i = 0; i < 5; i++) await t.http().get('/metrics').set('authorization', `Bearer ${token}`).expect(200);
  });
});
