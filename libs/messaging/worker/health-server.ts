import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { timingSafeEqual } from 'node:crypto';
import { exposition } from '../../observability/metrics';

/** What a worker process (relay, projector) reports about itself. */
export interface WorkerHealth {
  /** Whether the worker is doing its job; the body says what it knows (positions, lag, error). */
  ready(): Promise<{ ready: boolean } & Record<string, unknown>>;
  /** Brings the gauges read at scrape time (lag, positions) up to date before the registry is served. */
  refreshMetrics(): Promise<void>;
}

export interface HealthServerOptions {
  /** Bearer token `/metrics` requires (CRM_METRICS_TOKEN); unset = open. */
  metricsToken?: string;
}

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

/**
 * `GET /health/live`, `/health/ready` and `/metrics` on plain node:http: a worker has no API,
 * so a web framework would be the largest part of it.
 */
export async function startHealthServer(port: number, host: string, health: WorkerHealth, options: HealthServerOptions = {}): Promise<HealthServer> {
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
      if (path === '/metrics') {
        if (!tokenMatches(request.headers.authorization, options.metricsToken)) return reply(401, 'text/plain', 'bearer token required\n');
        await health.refreshMetrics();
        const { contentType, body } = await exposition();
        return reply(200, contentType, body);
      }
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

function tokenMatches(authorization: string | undefined, expected: string | undefined): boolean {
  if (!expected) return true;
  const given = Buffer.from(/^Bearer +(\S+) *$/i.exec(authorization ?? '')?.[1] ?? '');
  const wanted = Buffer.from(expected);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}
