import { fork, spawn } from 'node:child_process';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface ApiMemory {
  /** Peak resident memory of the API process (its projection thread included), in MB. */
  peakRssMb: number;
  /** From the fork until the API listened (with a fresh read-model file, its projections' catch-up); NaN when it did not within the allowed time. */
  startSeconds: number;
  requests: number;
  failures: number;
}

/** The kernel's record of a process's resident memory: now (VmRSS) and its peak (VmHWM), in MB. */
function rssOf(pid: number): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) / 1024;
  return { now: field('VmRSS'), peak: field('VmHWM') };
}

/**
 * Starts the API on `dataDir` in its own process and, once it listens, serves `seconds` of reads
 * from 8 clients (customer list pages followed by cursor, 360° views of the listed customers,
 * email searches), sampling its resident memory from the fork to the end.
 */
export async function measureApi(dataDir: string, seconds: number, emailOf: (n: number) => string, maxStartSeconds = 3600): Promise<ApiMemory> {
  // `require.resolve` finds the .ts source under register-ts and the compiled .js in dist; the
  // compiled server starts through scripts/node.sh, with the V8 heap flags `npm start` gives the API.
  const server = require.resolve('./import-api-server');
  const stdio: ['ignore', 'inherit', 'inherit', 'ipc'] = ['ignore', 'inherit', 'inherit', 'ipc'];
  const child = server.endsWith('.js')
    ? spawn('sh', [join(__dirname, '../../scripts/node.sh'), server, dataDir], { stdio })
    : fork(server, [dataDir], { stdio });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let peak = 0;
  const sample = () => {
    try {
      peak = Math.max(peak, rssOf(child.pid!).peak);
    } catch {
      // the process is gone; the last sample stands
    }
  };
  const sampler = setInterval(sample, 100);
  const started = performance.now();
  try {
    let timer: NodeJS.Timeout | undefined;
    const ready = await new Promise<{ url: string; key: string } | undefined>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the API exited with ${code} before listening`)));
      child.once('message', (message) => resolve(message as { url: string; key: string }));
      timer = setTimeout(() => resolve(undefined), maxStartSeconds * 1000);
    }).finally(() => clearTimeout(timer));
    sample();
    if (!ready) {
      // Still catching up, it has not wired its disconnect handler yet: stop it.
      child.kill('SIGTERM');
      return { peakRssMb: Math.round(peak), startSeconds: NaN, requests: 0, failures: 0 };
    }
    const startSeconds = (performance.now() - started) / 1000;
    const load = await serveReads(ready.url, ready.key, seconds, emailOf);
    sample();
    return { peakRssMb: Math.round(peak), startSeconds, ...load };
  } finally {
    clearInterval(sampler);
    if (child.connected) child.disconnect();
    await exited;
  }
}

async function serveReads(url: string, key: string, seconds: number, emailOf: (n: number) => string): Promise<{ requests: number; failures: number }> {
  const headers = { authorization: `Bearer ${key}` };
  const deadline = performance.now() + seconds * 1000;
  let requests = 0;
  let failures = 0;
  const get = async (path: string): Promise<{ items?: { id?: string; customerId?: string }[]; nextCursor?: string | null } | undefined> => {
    requests++;
    const response = await fetch(`${url}${path}`, { headers });
    if (!response.ok) {
      failures++;
      await response.body?.cancel();
      return undefined;
    }
    return (await response.json()) as { items?: { id?: string }[]; nextCursor?: string | null };
  };
  const client = async (c: number): Promise<void> => {
    let cursor: string | null | undefined;
    for (let round = 0; performance.now() < deadline; round++) {
      const page = await get(`/v1/customers?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      cursor = page?.nextCursor;
      for (const item of (page?.items ?? []).slice(0, 10)) {
        const id = item.id ?? item.customerId;
        if (id) await get(`/v1/customers/${id}`);
      }
      await get(`/v1/customers?email=${encodeURIComponent(emailOf(round * 8 + c))}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, (_, c) => client(c)));
  return { requests, failures };
}
