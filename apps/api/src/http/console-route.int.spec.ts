import Fastify from 'fastify';
import { buildConsoleIfStale } from '../../../console/build';
import { startTestApp, TestApp } from '../testing/test-app';
import { CONSOLE_CSP, setUpConsole } from './console-route';

describe('the console\'s static files at /console', () => {
  let t: TestApp;
  beforeAll(async () => {
    await buildConsoleIfStale();
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('serves the page and its bundle publicly, under a CSP that allows only this origin\'s scripts and styles', async () => {
    const page = await t.http().get('/console').expect(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(CONSOLE_CSP);
    expect(CONSOLE_CSP).toContain("script-src 'self'");
    expect(CONSOLE_CSP).not.toMatch(/unsafe-inline|unsafe-eval|https:/);
    expect(page.text).toContain('<script src="/console/console.js" defer></script>');
    const bundle = await t.http().get('/console/console.js').expect(200);
    expect(bundle.headers['content-type']).toBe('text/javascript; charset=utf-8');
    await t.http().get('/console/console.css').expect(200).expect('content-type', 'text/css; charset=utf-8');
  });

  it('sends the bundle gzipped to a browser that accepts it, and a 304 when it has it already', async () => {
    const zipped = await t.http().get('/console/console.js').set('accept-encoding', 'gzip').expect(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(Number(zipped.headers['content-length'])).toBeLessThan(100 * 1024);
    const plain = await t.http().get('/console/console.js').set('accept-encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.text).toBe(plain.text);
    await t.http().get('/console/console.js').set('if-none-match', plain.headers.etag).expect(304);
  });

  it('answers 404 for a file the build did not write, and never reads a path outside it', async () => {
    await t.http().get('/console/nothing.js').expect(404).expect('content-type', /application\/problem\+json/);
    await t.http().get('/console/..%2F..%2Fpackage.json').expect(404);
    await t.http().get('/console/%2e%2e/%2e%2e/package.json').expect(404);
  });

  it('says how to build the console when it was never built (503), instead of a bare 404', async () => {
    const fastify = Fastify();
    setUpConsole(fastify, '/nonexistent/crm-console-never-built');
    const res = await fastify.inject({ method: 'GET', url: '/console' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 503, detail: expect.stringContaining('npm run build:console') });
    await fastify.close();
  });
});
