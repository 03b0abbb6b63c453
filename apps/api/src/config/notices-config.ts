import { ConfigError, Env, integer } from './config';

export interface NoticesConfig {
  /** CRM_NOTICE_BATCH_SIZE: members per dispatched batch (one progress event, one resume cursor each). */
  batchSize: number;
  /** CRM_NOTICE_ROUND_MS: how long one worker round keeps dispatching before it hands back (must stay well inside the lease). */
  roundMs: number;
  /** CRM_NOTICE_WEBHOOK_URL: where the webhook channel posts notices; unset = no webhook channel. */
  webhookUrl?: string;
}

/** CRM_NOTICE_BATCH_SIZE, CRM_NOTICE_ROUND_MS, CRM_NOTICE_WEBHOOK_URL (docs/marketing.md, *Notices*). */
export function loadNoticesConfig(env: Env, leaseMs: number): NoticesConfig {
  const batchSize = integer(env, 'CRM_NOTICE_BATCH_SIZE', 1000, 1, 10_000);
  // One worker round runs every job in turn (segments up to a third of the lease, launches and
  // notices a fifth each) after a single lease renewal: together they must end inside the lease.
  const roundMs = integer(env, 'CRM_NOTICE_ROUND_MS', Math.min(3000, Math.floor(leaseMs / 5)), 1, 600_000);
  if (roundMs * 3 > leaseMs) throw new ConfigError('CRM_NOTICE_ROUND_MS', `must be at most a third of CRM_WORKER_LEASE_MS (${leaseMs}) (got "${roundMs}")`);
  const webhookUrl = (env.CRM_NOTICE_WEBHOOK_URL ?? '').trim() || undefined;
  if (webhookUrl && !/^https?:\/\/[^\s]+$/.test(webhookUrl)) throw new ConfigError('CRM_NOTICE_WEBHOOK_URL', `must be an http(s) URL (got "${webhookUrl}")`);
  return { batchSize, roundMs, ...(webhookUrl ? { webhookUrl } : {}) };
}

export interface CampaignsConfig {
  /** CRM_CAMPAIGN_LAUNCH_WAIT_MS: how long POST …/launch waits for the worker to finish before it answers 202 with the progress so far. */
  launchWaitMs: number;
}

export const loadCampaignsConfig = (env: Env): CampaignsConfig => ({ launchWaitMs: integer(env, 'CRM_CAMPAIGN_LAUNCH_WAIT_MS', 10_000, 0, 120_000) });
