import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface MockKafka {
  /** `127.0.0.1:<port>` of every broker. */
  brokers: string[];
  stop(): Promise<void>;
}

export interface MockKafkaOptions {
  brokers?: number;
  /** Topic name → partition count; created up front since the mock refuses admin.createTopics. */
  topics: Record<string, number>;
}

/**
 * Starts librdkafka's mock cluster (a real Kafka-protocol broker on loopback) in a child process.
 * Compiles `launcher.c` on first use and whenever it changes. Needs `apt-get install librdkafka-dev`.
 * The mock keeps only about 5 MB per partition in memory and silently drops older messages
 * (measured with librdkafka 2.0.2), so keep tests small or spread large runs over partitions.
 */
export async function startMockKafka(options: MockKafkaOptions): Promise<MockKafka> {
  const binary = compileLauncher();
  const topics = Object.entries(options.topics).map(([name, partitions]) => `${name}:${partitions}`);
  // stdin stays a pipe: when this process dies the launcher reads EOF and exits too.
  const child = spawn(binary, [String(options.brokers ?? 1), ...topics], { stdio: ['pipe', 'pipe', 'pipe'] });
  const bootstrap = await readBootstrapLine(child);
  return { brokers: bootstrap.split(','), stop: () => stopChild(child) };
}

function compileLauncher(): string {
  const root = repositoryRoot();
  const source = join(root, 'libs/messaging/testing/kafka-mock/launcher.c');
  const code = readFileSync(source);
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const cacheDir = join(root, 'node_modules/.cache/crm-kafka-mock');
  const binary = join(cacheDir, `launcher-${hash}`);
  if (existsSync(binary)) return binary;

  if (!existsSync('/usr/include/librdkafka/rdkafka_mock.h')) {
    throw new Error('librdkafka headers not found: install them with `apt-get install librdkafka-dev` (needs librdkafka >= 1.4 for the mock cluster)');
  }
  mkdirSync(cacheDir, { recursive: true });
  // Compile beside the target then rename, so parallel test workers never run a half-written file.
  const partial = `${binary}.${process.pid}.tmp`;
  try {
    execFileSync('cc', ['-O2', '-Wall', '-o', partial, source, '-lrdkafka'], { stdio: 'pipe' });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    throw new Error(`could not compile the Kafka mock launcher (is \`apt-get install librdkafka-dev\` done and a C compiler present?):\n${stderr}`, {
      cause: error,
    });
  }
  renameSync(partial, binary);
  return binary;
}

/** Walks up to package.json, so this works from the sources (Jest) and from dist/ alike. */
function repositoryRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

function readBootstrapLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => fail(new Error('the Kafka mock did not print its bootstrap line within 10 s')), 10_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`the Kafka mock exited with ${code} before starting: ${stderr.trim()}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^bootstrap=(\S+)$/m.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve(match[1]);
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.stdin?.end();
  });
}
