import { Env, integer, loadWorkerConfig, WorkerConfig } from '../../api/src/config/config';

export interface ProjectorConfig extends WorkerConfig {
  groupId: string;
  /** How long the group waits for a silent member before giving its partitions to the others. */
  sessionTimeoutMs: number;
  /** Longest a fetch waits for new messages (a broker may hold an empty fetch that long). */
  maxWaitMs: number;
}

/** The API's variables (one ConfigMap for all processes), plus KAFKA_GROUP_ID, KAFKA_SESSION_TIMEOUT_MS and KAFKA_MAX_WAIT_MS. */
export function loadProjectorConfig(env: Env = process.env): ProjectorConfig {
  return {
    ...loadWorkerConfig(env, 'projector'),
    groupId: (env.KAFKA_GROUP_ID ?? '').trim() || 'crm-projector',
    sessionTimeoutMs: integer(env, 'KAFKA_SESSION_TIMEOUT_MS', 30_000, 3_000, 300_000),
    maxWaitMs: integer(env, 'KAFKA_MAX_WAIT_MS', 1000, 10, 30_000),
  };
}
