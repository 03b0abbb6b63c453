import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** What tsc printed: its type errors, or nothing. */
async function tscOutput(project: string): Promise<string> {
  try {
    await exec(process.execPath, [tsc, '-p', project, '--noEmit'], { cwd: root });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}
const root = join(__dirname, '..', '..', '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

/** `npm start` builds with tsconfig.build.json: a type error there means the service cannot start. */
describe('the TypeScript sources', () => {
  it('build for production without a type error', async () => {
    expect(await tscOutput('tsconfig.build.json')).toBe('');
  }, 180_000);

  it('type-check with every spec and test helper included', async () => {
    expect(await tscOutput('tsconfig.json')).toBe('');
  }, 180_000);
});
