import { performance } from 'node:perf_hooks';
import { ApiServer, startApiServer } from './api-server';
import { Figure } from './figure';

const CUSTOMERS = 16;
const WARM_UP = 30;

/** Nearest-rank percentile of an unsorted sample. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const round = (ms: number) => Math.round(ms * 100) / 100;

class Client {
  private readonly headers: Record<string, string>;

  constructor(private readonly server: ApiServer) {
    this.headers = { authorization: `Bearer ${server.key}`, 'content-type': 'application/json' };
  }

  async send(method: 'POST' | 'GET', path: string, body?: unknown, extra: Record<string, string> = {}): Promise<unknown> {
    const response = await fetch(`${this.server.url}${path}`, { method, headers: { ...this.headers, ...extra }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return JSON.parse(text);
  }

  /** Milliseconds the request took, body read included. */
  async timed(path: string, extra: Record<string, string> = {}): Promise<number> {
    const start = performance.now();
    await this.send('GET', path, undefined, extra);
    return performance.now() - start;
  }

  async recordInteraction(customerId: string): Promise<number> {
    const body = { channel: 'chat', direction: 'inbound', subject: 'Delivery date', summary: 'Asked when the order ships.' };
    return ((await this.send('POST', `/v1/customers/${customerId}/interactions`, body)) as { position: number }).position;
  }
}

/**
 * Read-your-writes lag against the real app (in this process, so the runner's checkpoint can be
 * watched directly). Each sample: a command, then its timeline read with X-Min-Position, then
 * the same read without it; the lag is the difference (clamped at 0: a wait cannot be negative).
 * Interleaved with it, the direct measure: from the command's answer until the projection
 * runner's checkpoint reaches the answered position.
 */
export async function benchReadYourWrites(samples: number): Promise<Figure[]> {
  const server = await startApiServer();
  try {
    const client = new Client(server);
    const customers: string[] = [];
    for (let i = 0; i < CUSTOMERS; i++) {
      const body = { kind: 'person', name: `Reza Karimi ${i}`, emails: [`reza.${i}@example.com`], country: 'IR', allowDuplicate: true };
      customers.push(((await client.send('POST', '/v1/customers', body)) as { id: string }).id);
    }
    const httpLag: number[] = [];
    const checkpointLag: number[] = [];
    const plainRead: number[] = [];
    for (let i = 0; i < WARM_UP + samples; i++) {
      const customerId = customers[i % customers.length];
      const timeline = `/v1/customers/${customerId}/timeline?limit=10`;
      const position = await client.recordInteraction(customerId);
      const waited = await client.timed(timeline, { 'x-min-position': String(position) });
      const plain = await client.timed(timeline);

      const next = await client.recordInteraction(customerId);
      const answered = performance.now();
      if (!(await server.infrastructure.positions.waitForPosition(next, 5000))) throw new Error(`the projections did not reach ${next} in 5 s`);
      if (i < WARM_UP) continue;
      checkpointLag.push(performance.now() - answered);
      httpLag.push(Math.max(0, waited - plain));
      plainRead.push(plain);
    }
    const baseline = (p: number) => ({ name: `plain GET timeline p${p}, same run`, value: round(percentile(plainRead, p)) });
    const name = `read-your-writes lag, ${samples} samples`;
    return [
      { name: `${name}: GET with X-Min-Position minus plain GET, p50`, value: round(percentile(httpLag, 50)), unit: 'ms', baseline: baseline(50) },
      { name: `${name}: GET with X-Min-Position minus plain GET, p99`, value: round(percentile(httpLag, 99)), unit: 'ms', baseline: baseline(99), target: '<= 10 ms' },
      { name: `${name}: command answer to runner checkpoint, p50`, value: round(percentile(checkpointLag, 50)), unit: 'ms', baseline: baseline(50) },
      { name: `${name}: command answer to runner checkpoint, p99`, value: round(percentile(checkpointLag, 99)), unit: 'ms', baseline: baseline(99), target: '<= 10 ms' },
    ];
  } finally {
    await server.close();
  }
}
