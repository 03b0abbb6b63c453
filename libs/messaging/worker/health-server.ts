import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';

/** What a worker process (relay, projector) reports about itself. */
export interface WorkerHealth {
  /** Whether the worker is doing its job; the body says what it knows (positions, lag, error). */
  ready(): Promise<{ ready: boolean } & Record<string, unknown>>;
  /** Prometheus text exposition, each line ending in a newline. */
  metrics(): Promise<string>;
}

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

/**
 * `GET /health/live`, `/health/ready` and `/metrics` on plain node:http: a worker has no API,
 * so a web framework would be the largest part of it.
 */
export async function startHealthServer(port: number, host: string, health: WorkerHealth): Promise<HealthServer> {
  const server = createServer((request, response) => {
    const reply = (status: number, type: string, body: string) => {
      response.writeHead(status, { 'content-type': type }).end(body);
    };
    const path = (request.url ?? '/').split('?')[0];
    const answer = async () => {
      if (request.method !== 'GET') return reply(405, 'text/plain', 'method not allowed\n');
      if (path === '/health/live') return reply(200, 'application/json', JSON.stringify({ status: 'ok' }));
      if (path === '/health/ready') {
        const { ready, ...details } = await health.ready();
        return reply(ready ? 200 : 503, 'application/json', JSON.stringify({ status: ready ? 'ready' : 'not-ready', ...details }));
      }
      if (path === '/metrics') return reply(200, 'text/plain; version=0.0.4', await health.metrics());
      return reply(404, 'text/plain', 'not found\n');
    };
    answer().catch((error: unknown) => reply(500, 'text/plain', `${error instanceof Error ? error.message : String(error)}\n`));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return { port: (server.address() as AddressInfo).port, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Scrapers keep connections alive; do not let them hold up a shutdown.
    server.closeAllConnections();
  });
}

/** One gauge or counter with its HELP and TYPE lines. */
export function metric(name: string, type: 'gauge' | 'counter', help: string, samples: Array<[labels: string, value: number]>): string {
  const lines = [`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`];
  for (const [labels, value] of samples) lines.push(`${name}${labels ? `{${labels}}` : ''} ${value}`);
  return `${lines.join('\n')}\n`;
}
