import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** What a checker printed when it failed: its findings, or nothing when it passed. */
async function findings(args: string[]): Promise<string> {
  try {
    await exec(process.execPath, args, { cwd: root, maxBuffer: 16 * 1024 * 1024 });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout || error);
  }
}
const tscOutput = (project: string) => findings([tsc, '-p', project, '--noEmit']);
const root = join(__dirname, '..', '..', '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

/** `npm start` builds with tsconfig.build.json: a type error there means the service cannot start. Lint keeps the house rules. */
describe('the TypeScript sources', () => {
  it('build for production without a type error', async () => {
    expect(await tscOutput('tsconfig.build.json')).toBe('');
  }, 180_000);

  it('type-check with every spec and test helper included', async () => {
    expect(await tscOutput('tsconfig.json')).toBe('');
  }, 180_000);

  it('type-check the console\'s browser sources and its browser tests (DOM library, their own tsconfig)', async () => {
    expect(await tscOutput('apps/console/tsconfig.json')).toBe('');
    expect(await tscOutput('apps/console/e2e/tsconfig.json')).toBe('');
  }, 180_000);

  it('pass the linter', async () => {
    expect(await findings([join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '.'])).toBe('');
  }, 180_000);
});
