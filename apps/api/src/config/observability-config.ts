import { ConfigError, Env } from './config';

export interface ObservabilityConfig {
  /** OTLP/HTTP collector base URL; traces are exported only when it is set. */
  otlpEndpoint?: string;
  /** Bearer token `/metrics` requires; unset = `/metrics` open (keep it off the public network). */
  metricsToken?: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug';
}

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug'] as const;

/** OTEL_EXPORTER_OTLP_ENDPOINT, CRM_METRICS_TOKEN and CRM_LOG_LEVEL: the same for every process. */
export function loadObservabilityConfig(env: Env): ObservabilityConfig {
  const otlpEndpoint = (env.OTEL_EXPORTER_OTLP_ENDPOINT ?? '').trim() || undefined;
  if (otlpEndpoint && !/^https?:\/\/[^\s/]+/.test(otlpEndpoint)) {
    throw new ConfigError('OTEL_EXPORTER_OTLP_ENDPOINT', `must be an http(s) URL (got "${otlpEndpoint}")`);
  }
  const metricsToken = (env.CRM_METRICS_TOKEN ?? '').trim() || undefined;
  if (metricsToken && metricsToken.length < 16) throw new ConfigError('CRM_METRICS_TOKEN', 'must be at least 16 characters');
  const logLevel = ((env.CRM_LOG_LEVEL ?? '').trim() || 'info') as ObservabilityConfig['logLevel'];
  if (!LEVELS.includes(logLevel)) throw new ConfigError('CRM_LOG_LEVEL', `must be one of ${LEVELS.join(', ')} (got "${logLevel}")`);
  return { otlpEndpoint, metricsToken, logLevel };
}
