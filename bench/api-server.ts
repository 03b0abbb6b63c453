import 'reflect-metadata';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../apps/api/src/app.factory';
import { loadConfig } from '../apps/api/src/config/config';
import { Infrastructure, openInfrastructure } from '../apps/api/src/infrastructure/infrastructure';
import { startProjections } from '../apps/api/src/start-projections';
import { serveToParent } from './forked-server';
import { AuthenticatedBareController } from './authenticated-bare';

/** Long enough to look like a generated key; only ever lives in a temporary store. */
export const BENCH_KEY = 'crm_bench_admin_key_0123456789abcdefghijklmnopqrstuvwxyz';

export interface ApiServer {
  url: string;
  key: string;
  app: NestFastifyApplication;
  infrastructure: Infrastructure;
  close(): Promise<void>;
}

/**
 * The real API composed as apps/api/src/main.ts does it (SQLite store, projections in a worker thread),
 * on a temporary data directory with a known admin key, listening on 127.0.0.1 and a free port.
 */
export async function startApiServer(): Promise<ApiServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'crm-bench-api-'));
  // No rate limit: the bench measures how fast commands go, not how fast they are refused.
  // CRM_PROJECTIONS_IN passes through so that one run can measure both placements of the projections.
  const projectionsIn = process.env.CRM_PROJECTIONS_IN ?? 'thread';
  const config = loadConfig({ CRM_DATA_DIR: dataDir, CRM_BOOTSTRAP_KEY: BENCH_KEY, PORT: '0', HOST: '127.0.0.1', CRM_RATE_LIMIT_MAX: '0', CRM_PROJECTIONS_IN: projectionsIn });
  const infrastructure = await openInfrastructure(config);
  const app = await createApp(infrastructure, config, false, [AuthenticatedBareController]);
  await startProjections(app, infrastructure, config, () => undefined);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (!address || typeof address !== 'object') throw new Error('the API is not listening on a TCP port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    key: BENCH_KEY,
    app,
    infrastructure,
    async close() {
      await app.close(); // also closes the infrastructure (InfrastructureModule's shutdown hook)
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

// Forked by the HTTP and auth-guard benches so that the load generator does not share the server's event loop.
if (require.main === module) serveToParent(startApiServer);
