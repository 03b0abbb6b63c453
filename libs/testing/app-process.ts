import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** The apps with an entry point at `apps/<name>/src/main.ts`. */
export type AppName = 'api' | 'relay' | 'projector' | 'worker' | 'cli';

export interface AppProcess {
  child: ChildProcess;
  /** `http://127.0.0.1:<port>` of the port the app logged (PORT=0 picks a free one). */
  baseUrl: string;
  /** Everything the process printed so far. */
  output(): string;
  /** Sends the signal (SIGTERM: a clean stop; SIGKILL follows after 15 s) and resolves with the exit code once it exited. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

function spawnApp(app: AppName, env: Record<string, string>): ChildProcess {
  // Straight from the TypeScript sources (SWC on require), so no build step is needed.
  return spawn(process.execPath, ['-r', join(ROOT, 'libs/testing/register-ts.js'), join(ROOT, `apps/${app}/src/main.ts`)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Starts an app as a real OS process and resolves once it logged `listening on http://…:<port>`
 * and, after that, a line with `ready` (every app logs both).
 */
export async function startAppProcess(app: AppName, env: Record<string, string>, timeoutMs = 60_000): Promise<AppProcess> {
  const child = spawnApp(app, env);
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${app} did not become ready:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const port = /listening on http:\/\/[\d.]+:(\d+)/.exec(output)?.[1];
      if (port && /ready/.test(output.split('listening on')[1] ?? '')) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${port}`);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${app} exited with ${code} before it was ready:\n${output}`));
    });
  });
  return {
    child,
    baseUrl,
    output: () => output,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill(signal);
      // A process that does not stop must not keep a test run (or the machine) busy.
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      return exited.finally(() => clearTimeout(killer));
    },
  };
}

/** Runs an app expected to stop by itself (a refused start-up): its exit code and what it printed. */
export async function runAppToExit(app: AppName, env: Record<string, string>, timeoutMs = 30_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawnApp(app, env);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  clearTimeout(timer);
  return { code, stdout, stderr };
}
