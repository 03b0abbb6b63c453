import { ApiConfig, Env, integer, KafkaConfig, loadConfig, loadKafkaConfig } from '../../api/src/config/config';

export interface ProjectorConfig {
  port: number;
  host: string;
  dataDir: string;
  eventStore: ApiConfig['eventStore'];
  readModels: ApiConfig['readModels'];
  kafka: KafkaConfig;
  groupId: string;
  /** How long the group waits for a silent member before giving its partitions to the others. */
  sessionTimeoutMs: number;
}

/** The API's variables (one ConfigMap for all processes), plus KAFKA_GROUP_ID and KAFKA_SESSION_TIMEOUT_MS. */
export function loadProjectorConfig(env: Env = process.env): ProjectorConfig {
  const shared = loadConfig(env);
  return {
    port: shared.port,
    host: shared.host,
    dataDir: shared.dataDir,
    eventStore: shared.eventStore,
    readModels: shared.readModels,
    kafka: shared.fanout.kind === 'kafka' ? shared.fanout : loadKafkaConfig(env, 'by the projector'),
    groupId: (env.KAFKA_GROUP_ID ?? '').trim() || 'crm-projector',
    sessionTimeoutMs: integer(env, 'KAFKA_SESSION_TIMEOUT_MS', 30_000, 3_000, 300_000),
  };
}
