import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SqliteEventStore } from '../libs/event-store/sqlite-event-store';
import { Figure } from './figure';
import { writeLog } from './projection-catchup';

const root = join(__dirname, '..', '..');
const apiMain = join(root, 'dist', 'apps', 'api', 'src', 'main.js');
const cliMain = join(root, 'dist', 'apps', 'cli', 'src', 'main.js');

/** Starts the compiled API as `npm start` does, resolves with the seconds until it logs that it is ready, then stops it (SIGTERM). */
function timeStart(dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn('sh', [join(root, 'scripts', 'node.sh'), apiMain], {
    env: { ...process.env, CRM_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', CRM_BOOTSTRAP_KEY: 'crm_bench_admin_key_0123456789abcdefghijklmnopqrstuvwxyz' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let seen = '';
    child.once('exit', (code, signal) => reject(new Error(`the API exited (${signal ?? code}) before it was ready`)));
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (!seen.includes('read models caught up; ready')) return;
      const seconds = (performance.now() - started) / 1000;
      child.removeAllListeners('exit');
      child.once('exit', () => resolve(seconds));
      child.kill('SIGTERM');
    });
  });
}

/** Seconds for one CLI call, process start to exit. */
function timeCli(dataDir: string, args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [cliMain, ...args], { env: { ...process.env, CRM_DATA_DIR: dataDir }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`crm ${args.join(' ')} failed: ${result.stderr}`);
  return (performance.now() - started) / 1000;
}

/** Seconds for `node scripts/build-if-stale.js` when nothing changed (what `npm start` adds before starting). */
function timeBuildCheck(): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build-if-stale.js')], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build-if-stale failed: ${result.stderr}`);
  return (performance.now() - started) / 1000;
}

/**
 * Start-up on a data directory whose log holds `events` events: the first start (every read model
 * caught up from 0), a restart on the same directory, a CLI call, and the no-change build check.
 */
export async function benchStarts(dir: string, events: number): Promise<Figure[]> {
  const eventStore = new SqliteEventStore(join(dir, 'events.db'));
  await writeLog(eventStore, events);
  const head = await eventStore.headPosition();
  await eventStore.close();

  const first = await timeStart(dir);
  const restart = await timeStart(dir);
  const restartAgain = await timeStart(dir);
  const help = timeCli(dir, ['--help']);
  const keysList = timeCli(dir, ['keys', 'list']);
  const buildCheck = timeBuildCheck();
  const firstStart = { name: `first start, every read model caught up from 0 (${head} events)`, value: first };
  return [
    { ...firstStart, unit: 's' },
    { name: `restart on the same data directory (${head} events), process start to ready`, value: Math.min(restart, restartAgain), unit: 's', baseline: firstStart, target: '<= 3 s' },
    { name: 'CLI call `crm --help`, process start to exit', value: help, unit: 's', target: '< 1 s' },
    { name: `CLI call \`crm keys list\` on that data directory, process start to exit`, value: keysList, unit: 's', target: '< 1 s' },
    { name: 'build check when no source changed (scripts/build-if-stale.js)', value: buildCheck, unit: 's' },
  ];
}
