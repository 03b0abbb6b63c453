import { RetryPolicy } from '../../../../libs/messaging/webhooks/backoff';
import { ConfigError, Env, integer } from './config';

export interface WebhookConfig {
  /** Retries of every webhook delivery (subscriptions and the automation's notify-webhook). */
  retry: RetryPolicy;
  /** CRM_WEBHOOK_SECRET_OVERLAP_SECONDS: how long the previous secret still signs after a rotation. */
  secretOverlapMs: number;
  /** CRM_WEBHOOK_CONCURRENCY: subscriptions delivered to at the same time (each one in order). */
  concurrency: number;
  /** CRM_WEBHOOK_AUTOMATION_SECRET: signs the automation's notify-webhook deliveries (whsec_…); unsigned without it. */
  automationSecret?: string;
}

/** CRM_WEBHOOK_ATTEMPTS, CRM_WEBHOOK_RETRY_BASE_MS, CRM_WEBHOOK_RETRY_MAX_MS, CRM_WEBHOOK_TIMEOUT_MS and the above. */
export function loadWebhookConfig(env: Env): WebhookConfig {
  const baseDelayMs = integer(env, 'CRM_WEBHOOK_RETRY_BASE_MS', 1000, 1, 3_600_000);
  const maxDelayMs = integer(env, 'CRM_WEBHOOK_RETRY_MAX_MS', 300_000, 1, 86_400_000);
  if (maxDelayMs < baseDelayMs) throw new ConfigError('CRM_WEBHOOK_RETRY_MAX_MS', `must be at least CRM_WEBHOOK_RETRY_BASE_MS (${baseDelayMs}) (got "${maxDelayMs}")`);
  const automationSecret = (env.CRM_WEBHOOK_AUTOMATION_SECRET ?? '').trim() || undefined;
  if (automationSecret && !/^whsec_[A-Za-z0-9+/]{32,}={0,2}$/.test(automationSecret)) {
    // The value itself is never echoed: it is a secret.
    throw new ConfigError('CRM_WEBHOOK_AUTOMATION_SECRET', `must be whsec_ followed by at least 24 random bytes in base64 (got ${automationSecret.length} characters)`);
  }
  return {
    retry: { attempts: integer(env, 'CRM_WEBHOOK_ATTEMPTS', 8, 1, 50), baseDelayMs, maxDelayMs, timeoutMs: integer(env, 'CRM_WEBHOOK_TIMEOUT_MS', 10_000, 100, 120_000) },
    secretOverlapMs: integer(env, 'CRM_WEBHOOK_SECRET_OVERLAP_SECONDS', 86_400, 0, 30 * 86_400) * 1000,
    concurrency: integer(env, 'CRM_WEBHOOK_CONCURRENCY', 16, 1, 1000),
    automationSecret,
  };
}
