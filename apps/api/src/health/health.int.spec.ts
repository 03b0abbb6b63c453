import { startTestApp, TestApp } from '../testing/test-app';

describe('health, metrics and API docs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers liveness and readiness without a key', async () => {
    await t.http().get('/health/live').expect(200, { status: 'ok' });
    const ready = await t.http().get('/health/ready').expect(200);
    expect(ready.body.status).toBe('ready');
  });

  it('exposes projection positions as Prometheus text', async () => {
    const res = await t.http().get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toMatch(/crm_projection_position\{projection="customer-360"\} \d+/);
  });

  it('publishes the OpenAPI description with the customer routes', async () => {
    const res = await t.http().get('/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/v1/customers', '/v1/customers/{id}', '/v1/events']));
  });

  it('answers unknown routes with problem+json 404', async () => {
    const res = await t.http().get('/v1/nothing-here').set(t.auth).expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('tags every response with a request id', async () => {
    const res = await t.http().get('/health/live').set('x-request-id', 'trace-123').expect(200);
    expect(res.headers['x-request-id']).toBe('trace-123');
  });
});
