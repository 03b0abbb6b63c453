import { startTestApp, TestApp } from '../testing/test-app';

/** The document names the header in the operation's parameters (inline or by reference). */
const declaresMinPosition = (operation: unknown): boolean => /Min-?Position/i.test(JSON.stringify(operation ?? {}));

/**
 * Every read the OpenAPI document says honours X-Min-Position does: asked for a position the log
 * has not reached, it answers 503 read-model-behind with Retry-After, before looking anything up.
 */
describe('X-Min-Position on every read that declares it', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp({ CRM_MIN_POSITION_WAIT_MS: '1', CRM_RATE_LIMIT_MAX: '0' }); });
  afterAll(() => t.close());

  it('answers 503 with Retry-After for a position beyond the log head', async () => {
    const document = (await t.http().get('/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const reads = Object.entries(document.paths).filter(([, ops]) => ops.get !== undefined && declaresMinPosition(ops.get)).map(([path]) => path);
    expect(reads.length).toBeGreaterThan(30);
    const ahead = String((await t.infrastructure.eventStore.headPosition()) + 1_000_000);
    const failures: string[] = [];
    for (const path of reads) {
      const url = path.replace(/\{[^}]+\}/g, '3f1c9a2e-8b4d-4c6e-9a7f-2d5b8e1c4a60');
      const answer = await t.http().get(url).set(t.auth).set('X-Min-Position', ahead);
      if (answer.status !== 503 || answer.body.type?.endsWith('read-model-behind') !== true || answer.headers['retry-after'] === undefined) {
        failures.push(`GET ${path}: ${answer.status} ${answer.body.type ?? ''}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
