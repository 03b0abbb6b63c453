import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { startTestApp, TestApp, ADMIN_KEY } from '../../../testing/test-app';
import { CLIENT_TYPES_FILE } from './client-files';
import { registerAndRead360 } from './register-and-read-360';

const ROOT = join(__dirname, '../../../../../..');
let t: TestApp;
let baseUrl: string;

beforeAll(async () => {
  t = await startTestApp();
  const server = t.app.getHttpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);
afterAll(() => t?.close());

describe('a client generated from the served OpenAPI document', () => {
  it('is the one committed: the types are regenerated from /docs-json (npm run openapi:client when this fails)', async () => {
    const served = await t.http().get('/docs-json').expect(200);
    const dir = mkdtempSync(join(tmpdir(), 'crm-client-'));
    try {
      writeFileSync(join(dir, 'openapi.json'), served.text);
      execFileSync(process.execPath, ['-r', './libs/testing/register-ts.js', 'apps/api/src/http/openapi/client/write-client-types.ts', join(dir, 'openapi.json'), join(dir, 'crm-api.ts')], { cwd: ROOT });
      expect(readFileSync(join(dir, 'crm-api.ts'), 'utf8')).toBe(readFileSync(join(ROOT, CLIENT_TYPES_FILE), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('compiles with tsc in strict mode, scenario and generated types together', () => {
    const program = ts.createProgram([join(__dirname, 'register-and-read-360.ts')], {
      strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], skipLibCheck: true, esModuleInterop: true,
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  });

  it('registers a customer, records an interaction and reads the 360° view with X-Min-Position over real HTTP', async () => {
    const outcome = await registerAndRead360(baseUrl, ADMIN_KEY);
    expect(outcome.name).toBe('Leila Hosseini');
    expect(outcome.view).toEqual(expect.objectContaining({ customerId: outcome.customerId, emails: ['leila@example.ir'] }));
    expect(outcome.etag).toMatch(/^"\d+\.\d+"$/);
    expect(outcome.missing).toEqual({ status: 404, problem: expect.objectContaining({ status: 404, type: expect.stringContaining('not-found') }) });
  });
});
