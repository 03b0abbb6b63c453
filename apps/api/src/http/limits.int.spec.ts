import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createApp } from '../app.factory';
import { loadConfig } from '../config/config';
import { ReadModels } from '../read-side/read-models.service';
import { startTestApp, TestApp } from '../testing/test-app';

describe('limits: rate, size, headers, CORS, request ids, errors without internals', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ CRM_RATE_LIMIT_MAX: '40', CRM_BODY_LIMIT_BYTES: '2048', CRM_CORS_ORIGINS: 'https://app.example.com' });
  });
  afterAll(() => t.close());

  it('answers 429 problem+json with Retry-After once a key has spent its budget, and keeps other keys going', async () => {
    const other = (await t.http().post('/v1/api-keys').set(t.auth).send({ role: 'viewer', name: 'neighbour' }).expect(201)).body.key;
    let answer = await t.http().get('/v1/customers').set(t.auth);
    while (answer.status === 200) answer = await t.http().get('/v1/customers').set(t.auth);
    expect(answer.status).toBe(429);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
    expect(answer.headers['x-request-id']).toBeDefined();
    expect(answer.body).toMatchObject({ status: 429, title: 'Too Many Requests', type: expect.stringContaining('rate-limited') });
    await t.http().get('/v1/customers').set('authorization', `Bearer ${other}`).expect(200);
    await t.http().get('/health/live').expect(200);
  });

  it('refuses a body over the limit with 413 problem+json', async () => {
    const answer = await t.http().post('/v1/partners').set('authorization', 'Bearer crm_unknown').set('content-type', 'application/json').send(JSON.stringify({ name: 'x'.repeat(4000) }));
    expect(answer.status).toBe(413);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('sends security headers on every answer', async () => {
    const answer = await t.http().get('/health/live').expect(200);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(answer.headers['strict-transport-security']).toContain('max-age=');
    expect(answer.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(answer.headers['x-powered-by']).toBeUndefined();
  });

  it('allows cross-origin calls from the configured origins only', async () => {
    const allowed = await t.http().options('/v1/customers').set('origin', 'https://app.example.com').set('access-control-request-method', 'POST');
    expect(allowed.status).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://app.example.com');
    const refused = await t.http().options('/v1/customers').set('origin', 'https://evil.example').set('access-control-request-method', 'POST');
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers a request id on every response, the one the client sent when it is well-formed', async () => {
    expect((await t.http().get('/v1/customers').set('x-request-id', 'trace-42')).headers['x-request-id']).toBe('trace-42');
    expect((await t.http().get('/v1/nowhere')).headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect((await t.http().get('/v1/customers').set('x-request-id', 'bad id with spaces')).headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('an unexpected failure', () => {
  let app: NestFastifyApplication;
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    // A second app with logging on, over the same infrastructure, to see the log line (no worker of
    // its own: it is never closed, and its rounds would outlive the store).
    const quiet = jest.spyOn(process.stdout, 'write').mockImplementation(() => true); // Nest's start-up lines
    app = await createApp(t.infrastructure, loadConfig({ CRM_DATA_DIR: t.dataDir, CRM_BOOTSTRAP_KEY: t.auth.authorization.slice(7), CRM_WORKER: 'off' }));
    quiet.mockRestore();
  });
  afterAll(() => t.close());

  it('answers 500 problem+json without stack or internals and logs the error with the request id', async () => {
    const readModels = app.get(ReadModels);
    jest.spyOn(readModels, 'collection').mockRejectedValueOnce(new Error('SQLITE_CORRUPT: database disk image is malformed at /var/lib/crm/read-models.db'));
    const written: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const answer = await request(app.getHttpServer()).get('/v1/customers').set(t.auth).set('x-request-id', 'boom-1');
    spy.mockRestore();
    expect(answer.status).toBe(500);
    expect(answer.headers['x-request-id']).toBe('boom-1');
    expect(answer.body).toEqual({ type: expect.any(String), title: 'Internal Server Error', status: 500, detail: 'an unexpected error occurred; it has been logged' });
    expect(answer.text).not.toMatch(/SQLITE|\/var\/lib|\.ts:\d+|at /);
    const lines = written.join('').split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    const entries = lines.map((line) => JSON.parse(line) as { level: string; reqId?: string; msg: string });
    expect(entries.every((entry) => entry.level === 'error' && entry.reqId === 'boom-1')).toBe(true);
    expect(entries.map((entry) => entry.msg).join('\n')).toContain('SQLITE_CORRUPT');
  });
});
