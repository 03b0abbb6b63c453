import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../apps/api/src/app.factory';
import { loadConfig } from '../apps/api/src/config/config';
import { openInfrastructure } from '../apps/api/src/infrastructure/infrastructure';
import { startProjections } from '../apps/api/src/start-projections';
import { serveToParent, ServedServer } from './forked-server';

const KEY = 'crm_bench_guard_admin_key_0123456789abcdefghijklmnopqrstuvwxyz';

/** The real API as main.ts composes it, rate limit off (the bench measures the guard, not the limiter's refusals). */
async function start(): Promise<ServedServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'crm-bench-guard-'));
  const config = loadConfig({ CRM_DATA_DIR: dataDir, CRM_BOOTSTRAP_KEY: KEY, PORT: '0', HOST: '127.0.0.1', CRM_RATE_LIMIT_MAX: '0' });
  const infrastructure = await openInfrastructure(config);
  const app = await createApp(infrastructure, config, false);
  await startProjections(app, infrastructure, config, () => undefined);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (!address || typeof address !== 'object') throw new Error('the API is not listening on a TCP port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    key: KEY,
    async close() {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

if (require.main === module) serveToParent(start);
