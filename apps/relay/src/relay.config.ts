import { Env, loadWorkerConfig, WorkerConfig } from '../../api/src/config/config';

export type RelayConfig = WorkerConfig;

/** The same variables as the API (one ConfigMap serves all processes), validated the same way. */
export function loadRelayConfig(env: Env = process.env): RelayConfig {
  return loadWorkerConfig(env, 'relay');
}
