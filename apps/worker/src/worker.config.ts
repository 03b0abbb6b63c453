import { ApiConfig, Env, loadConfig } from '../../api/src/config/config';

export type ServiceWorkerAppConfig = ApiConfig;

/**
 * The API's variables (one ConfigMap serves every process), validated the same way. CRM_WORKER
 * is the API's switch: this process is the worker whatever it says, so the distributed
 * ConfigMap can set CRM_WORKER=off for the API replicas and still run workers.
 */
export function loadServiceWorkerAppConfig(env: Env = process.env): ServiceWorkerAppConfig {
  const config = loadConfig(env);
  return { ...config, worker: { ...config.worker, mode: 'inprocess' } };
}
