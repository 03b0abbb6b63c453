import { databaseNameFromUrl } from '../../../../libs/read-models/mongodb/mongo-names';
import { ConfigError, Env } from './config';

export interface KeyStoreConfig {
  /** sqlite: `subject-keys.db` in CRM_DATA_DIR. mongodb: a database apart from the read models'. */
  store: { kind: 'sqlite' } | { kind: 'mongodb'; url: string; database: string };
  /** CRM_MASTER_KEY: wraps every subject key at rest (envelope encryption). */
  masterKey?: Buffer;
}

/** KEY_STORE (default: follows READ_MODELS), KEY_STORE_MONGODB_URL, KEY_STORE_DATABASE, CRM_MASTER_KEY. */
export function loadKeyStoreConfig(env: Env, readModels: { kind: 'sqlite' } | { kind: 'mongodb'; url: string }): KeyStoreConfig {
  const kind = (env.KEY_STORE ?? '').trim() || readModels.kind;
  if (kind !== 'sqlite' && kind !== 'mongodb') throw new ConfigError('KEY_STORE', `must be one of sqlite, mongodb (got "${kind}")`);
  const masterKey = loadMasterKey(env);
  if (kind === 'sqlite') return { store: { kind }, masterKey };
  const url = (env.KEY_STORE_MONGODB_URL ?? '').trim() || (readModels.kind === 'mongodb' ? readModels.url : '');
  if (!url) throw new ConfigError('KEY_STORE_MONGODB_URL', 'is required when KEY_STORE=mongodb and READ_MODELS is not mongodb');
  const readModelDatabase = readModels.kind === 'mongodb' ? databaseName('MONGODB_URL', readModels.url) : undefined;
  const database = (env.KEY_STORE_DATABASE ?? '').trim() || `${readModelDatabase ?? databaseName('KEY_STORE_MONGODB_URL', url)}_keys`;
  // Sharing the read models' database would put the keys back within reach of a read-model drop.
  if (database === readModelDatabase) throw new ConfigError('KEY_STORE_DATABASE', `must name a database apart from the read models' (both "${database}")`);
  return { store: { kind, url, database }, masterKey };
}

function loadMasterKey(env: Env): Buffer | undefined {
  const raw = (env.CRM_MASTER_KEY ?? '').trim();
  if (!raw) return undefined;
  const key = Buffer.from(raw, 'base64');
  // The value itself is never echoed: it is a secret.
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(raw) || key.length !== 32) {
    throw new ConfigError('CRM_MASTER_KEY', `must be 32 random bytes in base64, e.g. from \`openssl rand -base64 32\` (got ${raw.length} characters)`);
  }
  return key;
}

function databaseName(variable: string, url: string): string {
  try {
    return databaseNameFromUrl(url);
  } catch (error) {
    throw new ConfigError(variable, (error as Error).message.replace(/^MONGODB_URL /, ''));
  }
}
