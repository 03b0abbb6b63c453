import { databaseNameFromUrl } from '../../../../libs/read-models/mongodb/mongo-names';
import { ConfigError, Env, integer } from './config';

export interface ServiceWorkerConfig {
  /** CRM_WORKER: `inprocess` runs SLA scheduling and automation in this process (holding the lease); `off` leaves them to `npm run worker`. */
  mode: 'inprocess' | 'off';
  /** CRM_WORKER_LEASE_MS: how long a silent leader keeps the lease, hence the longest takeover after a crash. */
  leaseMs: number;
  /** CRM_WORKER_TICK_MS: how often the worker renews its lease and looks for work. */
  tickMs: number;
  /** Where the leases live, apart from the read models: `leases.db` in CRM_DATA_DIR, or a MongoDB database of their own. */
  leases: { kind: 'sqlite' } | { kind: 'mongodb'; url: string; database: string };
}

/** CRM_WORKER, CRM_WORKER_LEASE_MS, CRM_WORKER_TICK_MS; the lease store follows READ_MODELS (database `<read models>_leases`). */
export function loadServiceWorkerConfig(env: Env, readModels: { kind: 'sqlite' } | { kind: 'mongodb'; url: string }): ServiceWorkerConfig {
  const mode = (env.CRM_WORKER ?? '').trim() || 'inprocess';
  if (mode !== 'inprocess' && mode !== 'off') throw new ConfigError('CRM_WORKER', `must be one of inprocess, off (got "${mode}")`);
  const leaseMs = integer(env, 'CRM_WORKER_LEASE_MS', 15_000, 1000, 600_000);
  const tickMs = integer(env, 'CRM_WORKER_TICK_MS', 1000, 50, 60_000);
  // A leader must renew several times per lease, or an ordinary slow round would depose it.
  if (tickMs * 3 > leaseMs) throw new ConfigError('CRM_WORKER_TICK_MS', `must be at most a third of CRM_WORKER_LEASE_MS (${leaseMs}) (got "${tickMs}")`);
  if (readModels.kind === 'sqlite') return { mode, leaseMs, tickMs, leases: { kind: 'sqlite' } };
  return { mode, leaseMs, tickMs, leases: { kind: 'mongodb', url: readModels.url, database: `${readModelDatabase(readModels.url)}_leases` } };
}

function readModelDatabase(url: string): string {
  try {
    return databaseNameFromUrl(url);
  } catch (error) {
    throw new ConfigError('MONGODB_URL', (error as Error).message.replace(/^MONGODB_URL /, ''));
  }
}
