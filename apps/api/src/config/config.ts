import * as path from 'node:path';
import { KeyStoreConfig, loadKeyStoreConfig } from './key-store-config';
import { loadSecurityConfig, SecurityConfig } from './security-config';
import { loadObservabilityConfig, ObservabilityConfig } from './observability-config';
import { loadServiceWorkerConfig, ServiceWorkerConfig } from './worker-config';
import { loadWebhookConfig, WebhookConfig } from './webhook-config';
import { CampaignsConfig, loadCampaignsConfig, loadNoticesConfig, NoticesConfig } from './notices-config';

/** Thrown for bad configuration; main prints its one-line message and exits. */
export class ConfigError extends Error {
  constructor(readonly variable: string, message: string) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

export interface ApiConfig {
  port: number;
  host: string;
  dataDir: string;
  bootstrapKey?: string;
  eventStore: { kind: 'sqlite' } | { kind: 'eventstoredb'; url: string };
  fanout: { kind: 'inprocess' } | { kind: 'kafka'; brokers: string[]; topic: string };
  /** With FANOUT=inprocess: run the projections in a worker thread (default) or on the request loop. */
  projectionsIn: 'thread' | 'loop';
  /**
   * Most events a projection batch applies in one read-model commit while catching up. Larger
   * batches commit each touched index page once for more events (far fewer writes), holding more
   * in memory; `crm import` raises it (docs/performance.md, "Imports: batch size, disk writes…").
   */
  projectionBatchEvents: number;
  /**
   * Scheduling priority (nice, 0–19, Linux) of the embedded projection thread. `crm import` lowers
   * it: on two cores the thread, the import's loop and the kernel's writes compete, and the
   * import's rows come first; the read models catch up in bulk when the loop has nothing to do.
   */
  projectionThreadNice: number;
  /** Page cache of the embedded event log's connection, in MiB (its random indexes outgrow SQLite's 2 MiB at a million events). */
  eventStoreCacheMb: number;
  /** Most appends of the embedded log committed in one transaction (latency against fsyncs per append). */
  eventStoreGroupMax: number;
  /** WAL pages after which a commit of the embedded log checkpoints (SQLite's 1,000 by default; more coalesces index pages). */
  eventStoreCheckpointPages: number;
  readModels: { kind: 'sqlite'; cacheMb: number } | { kind: 'mongodb'; url: string };
  /** Subject keys: custody apart from the read models (docs/compliance.md). */
  keys: KeyStoreConfig;
  /** Longest a query waits for X-Min-Position. */
  minPositionWaitMs: number;
  bodyLimitBytes: number;
  /** Furthest a client's business time (`occurredAt`) may lie ahead of the server clock. */
  maxFutureSkewMs: number;
  /** Whether webhook targets may be loopback, private, link-local or metadata addresses. */
  webhookAllowPrivate: boolean;
  /** Webhook deliveries: retries, secret rotation overlap, concurrency (docs/webhooks.md). */
  webhooks: WebhookConfig;
  security: SecurityConfig;
  observability: ObservabilityConfig;
  /** SLA scheduling and automation: in this process or not, and their lease (docs/service.md, *The worker*). */
  worker: ServiceWorkerConfig;
  /** Proactive notices: batch size, round budget, webhook channel (docs/marketing.md). */
  notices: NoticesConfig;
  /** Campaign launches: how long the request waits for the worker (docs/marketing.md). */
  campaigns: CampaignsConfig;
}

export type Env = Record<string, string | undefined>;

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = (env[name] ?? '').trim() || fallback;
  if (!allowed.includes(value as T)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

function required(env: Env, name: string, because: string): string {
  const value = (env[name] ?? '').trim();
  if (!value) throw new ConfigError(name, `is required ${because}`);
  return value;
}

export function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = (env[name] ?? '').trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `must be an integer from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

export function flag(env: Env, name: string): boolean {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  throw new ConfigError(name, `must be true or false (got "${raw}")`);
}

export interface KafkaConfig {
  brokers: string[];
  topic: string;
}

/** KAFKA_BROKERS (required, comma-separated) and KAFKA_TOPIC: shared by the API, the relay and the projector. */
export function loadKafkaConfig(env: Env, because: string): KafkaConfig {
  return {
    brokers: required(env, 'KAFKA_BROKERS', because).split(',').map((b) => b.trim()).filter(Boolean),
    topic: (env.KAFKA_TOPIC ?? '').trim() || 'crm.events',
  };
}

/** Builds the API's configuration from the environment; every problem names its variable. */
export function loadConfig(env: Env = process.env): ApiConfig {
  const eventStoreKind = oneOf(env, 'EVENT_STORE', ['sqlite', 'eventstoredb'] as const, 'sqlite');
  const fanoutKind = oneOf(env, 'FANOUT', ['inprocess', 'kafka'] as const, 'inprocess');
  const readModelsKind = oneOf(env, 'READ_MODELS', ['sqlite', 'mongodb'] as const, 'sqlite');
  const readModels: ApiConfig['readModels'] = readModelsKind === 'sqlite'
    ? { kind: 'sqlite', cacheMb: integer(env, 'CRM_READ_MODEL_CACHE_MB', 32, 2, 65536) }
    : { kind: 'mongodb', url: required(env, 'MONGODB_URL', 'when READ_MODELS=mongodb') };
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: (env.HOST ?? '').trim() || '0.0.0.0',
    dataDir: path.resolve((env.CRM_DATA_DIR ?? '').trim() || './data'),
    bootstrapKey: (env.CRM_BOOTSTRAP_KEY ?? '').trim() || undefined,
    eventStore:
      eventStoreKind === 'sqlite'
        ? { kind: 'sqlite' }
        : { kind: 'eventstoredb', url: required(env, 'EVENTSTORE_URL', 'when EVENT_STORE=eventstoredb') },
    fanout:
      fanoutKind === 'inprocess'
        ? { kind: 'inprocess' }
        : { kind: 'kafka', ...loadKafkaConfig(env, 'when FANOUT=kafka') },
    readModels,
    keys: loadKeyStoreConfig(env, readModels),
    projectionsIn: oneOf(env, 'CRM_PROJECTIONS_IN', ['thread', 'loop'] as const, 'thread'),
    projectionBatchEvents: integer(env, 'CRM_PROJECTION_BATCH_EVENTS', 5000, 100, 100_000),
    projectionThreadNice: integer(env, 'CRM_PROJECTION_THREAD_NICE', 0, 0, 19),
    eventStoreCacheMb: integer(env, 'CRM_EVENT_STORE_CACHE_MB', 8, 2, 65536),
    eventStoreGroupMax: integer(env, 'CRM_EVENT_STORE_GROUP_MAX', 500, 1, 10_000),
    eventStoreCheckpointPages: integer(env, 'CRM_EVENT_STORE_CHECKPOINT_PAGES', 1000, 100, 1_000_000),
    minPositionWaitMs: integer(env, 'CRM_MIN_POSITION_WAIT_MS', 5000, 0, 60000),
    bodyLimitBytes: integer(env, 'CRM_BODY_LIMIT_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
    maxFutureSkewMs: integer(env, 'CRM_MAX_FUTURE_SKEW_SECONDS', 300, 0, 86_400) * 1000,
    webhookAllowPrivate: flag(env, 'CRM_WEBHOOK_ALLOW_PRIVATE'),
    webhooks: loadWebhookConfig(env),
    security: loadSecurityConfig(env),
    observability: loadObservabilityConfig(env),
    worker: loadServiceWorkerConfig(env, readModels),
    notices: loadNoticesConfig(env, integer(env, 'CRM_WORKER_LEASE_MS', 15_000, 1000, 600_000)),
    campaigns: loadCampaignsConfig(env),
  };
}

/** What the relay and the projector share: the API's variables (one ConfigMap) and a Kafka broker they cannot run without. */
export interface WorkerConfig {
  port: number;
  host: string;
  dataDir: string;
  eventStore: ApiConfig['eventStore'];
  readModels: ApiConfig['readModels'];
  keys: ApiConfig['keys'];
  kafka: KafkaConfig;
  observability: ObservabilityConfig;
}

export function loadWorkerConfig(env: Env, worker: 'relay' | 'projector'): WorkerConfig {
  const { port, host, dataDir, eventStore, readModels, keys, fanout, observability } = loadConfig(env);
  // KAFKA_BROKERS is required whatever FANOUT says: talking to Kafka is all a worker does.
  const kafka = fanout.kind === 'kafka' ? fanout : loadKafkaConfig(env, `by the ${worker}`);
  return { port, host, dataDir, eventStore, readModels, keys, kafka, observability };
}
