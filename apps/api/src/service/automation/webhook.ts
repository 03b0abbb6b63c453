import { RetryPolicy, retryBudgetMs } from '../../../../../libs/messaging/webhooks/backoff';
import { webhookDeliveries } from '../../../../../libs/observability/metrics';
import { sendWebhook } from '../../subscriptions/webhook-sender';
import { WebhookTargets } from './webhook-target';

export interface WebhookOutcome {
  ok: boolean;
  attempts: number;
  error?: string;
}

export interface WebhookOptions {
  attempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  timeoutMs?: number;
  /** Signs deliveries (Standard Webhooks); unsigned without it. */
  secret?: string;
}

const policyOf = ({ attempts = 4, baseDelayMs = 200, maxDelayMs = 60_000, timeoutMs = 5000 }: WebhookOptions): RetryPolicy => ({ attempts, baseDelayMs, maxDelayMs, timeoutMs });

/**
 * POSTs a CloudEvent through the subscriptions' delivery machinery: Standard Webhooks headers
 * (`webhook-id` = the run id), retries with exponential backoff and jitter. The Idempotency-Key
 * header (the run id too) is kept for receivers written before the signed headers. A target
 * that is (or now resolves to) a forbidden address is refused without a connection, not retried.
 */
export async function deliverWebhook(url: string, body: unknown, idempotencyKey: string, targets: WebhookTargets, options: WebhookOptions = {}): Promise<WebhookOutcome> {
  const secrets = options.secret ? [options.secret] : [];
  const outcome = await sendWebhook(
    { url, id: idempotencyKey, body: JSON.stringify(body), secrets: () => secrets, headers: { 'idempotency-key': idempotencyKey } },
    targets, policyOf(options),
  );
  webhookDeliveries.inc({ outcome: outcome.ok ? 'delivered' : outcome.refused ? 'refused' : 'failed' });
  return { ok: outcome.ok, attempts: outcome.attempts, ...(outcome.error !== undefined ? { error: outcome.error } : {}) };
}

/** Longest a delivery with these options can take: how long another runner's claim on it is respected. */
export function deliveryBudgetMs(options: WebhookOptions = {}): number {
  return retryBudgetMs(policyOf(options));
}
