import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const LAUNCHER = join(__dirname, '../../../../scripts/node.sh');

// Heap limits of the process's loop and of a worker thread it starts (the projections' isolate), in MB.
const PROBE = `
const { getHeapStatistics } = require('node:v8');
const { Worker } = require('node:worker_threads');
const mb = () => Math.round(getHeapStatistics().heap_size_limit / 2 ** 20);
const worker = new Worker("require('node:worker_threads').parentPort.postMessage(Math.round(require('node:v8').getHeapStatistics().heap_size_limit / 2 ** 20))", { eval: true });
worker.once('message', (thread) => { console.log(JSON.stringify({ loop: mb(), thread })); worker.terminate(); });
`;

function limitsUnder(env: Record<string, string | undefined>): { loop: number; thread: number } {
  const out = execFileSync('sh', [LAUNCHER, '-e', PROBE], { env: { ...process.env, NODE_OPTIONS: '', ...env } as NodeJS.ProcessEnv, encoding: 'utf8' });
  return JSON.parse(out) as { loop: number; thread: number };
}

describe('scripts/node.sh, the launcher of the servers (npm start, worker, projector, relay, the image)', () => {
  it('bounds the heap of the loop and of every worker thread by default', () => {
    const { loop, thread } = limitsUnder({ CRM_NODE_HEAP: undefined });
    // 512 MB of old space plus the young generation (three 4 MB semi-spaces).
    for (const limit of [loop, thread]) expect(limit).toBeGreaterThanOrEqual(512);
    for (const limit of [loop, thread]) expect(limit).toBeLessThan(600);
  });

  it('takes other flags from CRM_NODE_HEAP, and V8 defaults when it is empty', () => {
    expect(limitsUnder({ CRM_NODE_HEAP: '--max-old-space-size=256' }).loop).toBeLessThan(400);
    const defaults = limitsUnder({ CRM_NODE_HEAP: '' });
    expect(defaults.loop).toBeGreaterThan(1000);
  });

  it('passes the arguments through untouched, spaces included', () => {
    const out = execFileSync('sh', [LAUNCHER, '-e', 'console.log(JSON.stringify(process.argv.slice(1)))', 'a b', '--flag'], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(['a b', '--flag']);
  });
});
