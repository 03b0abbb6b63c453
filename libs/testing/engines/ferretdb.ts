import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { MongoClient } from 'mongodb';

const ROOT = join(__dirname, '..', '..', '..');
const INSTALLER = join(ROOT, 'scripts', 'test-deps', 'ferretdb.sh');
const run = promisify(execFile);

export interface FerretDbServer {
  url: string;
  /** e.g. `FerretDB v1.24.2 (SQLite backend)`. */
  description: string;
  stop(): Promise<void>;
}

/** Builds the test server if it is not cached yet (scripts/test-deps/ferretdb.sh) and answers its path. */
export async function installFerretDb(): Promise<string> {
  try {
    const { stdout } = await run('bash', [INSTALLER], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    return stdout.trim().split('\n').pop() ?? '';
  } catch (error) {
    // The installer's last line says why (no Go, no module proxy, a failed build).
    const said = String((error as { stderr?: string }).stderr ?? '').trim().split('\n').pop();
    throw new Error(said || (error as Error).message, { cause: error });
  }
}

/** Resolves once the server answers `ping` through the official driver. */
async function answersPing(url: string, timeoutMs: number): Promise<void> {
  const client = new MongoClient(url, { serverSelectionTimeoutMS: timeoutMs });
  try {
    await client.db('admin').command({ ping: 1 });
  } finally {
    await client.close();
  }
}

/**
 * Starts FerretDB on a free loopback port with a temporary data directory; `stop` ends it and
 * removes the directory. The server also stops by itself if this process dies (its stdin closes).
 */
export async function startFerretDb(binary?: string, timeoutMs = 30_000): Promise<FerretDbServer> {
  const bin = binary ?? (await installFerretDb());
  const { stdout: version } = await run(bin, ['-version']);
  const dataDir = await mkdtemp(join(tmpdir(), 'crm-ferretdb-'));
  const child = spawn(bin, ['-listen', '127.0.0.1:0', '-data', dataDir, '-stop-on-stdin-eof'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const line = /^(mongodb:\/\/\S+)$/m.exec(output)?.[1];
      if (line) resolve(line);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString('utf8'); });
    child.once('exit', (code) => reject(new Error(`FerretDB exited with ${code} before listening:\n${output}`)));
    child.once('error', reject);
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await answersPing(url, timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, description: `FerretDB ${version.trim()} (SQLite backend)`, stop };
}
