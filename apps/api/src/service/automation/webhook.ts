import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { ForbiddenTargetError, WebhookTargets } from './webhook-target';
import { webhookDeliveries } from '../../../../../libs/observability/metrics';

export interface WebhookOutcome {
  ok: boolean;
  attempts: number;
  error?: string;
}

export interface WebhookOptions {
  attempts?: number;
  baseDelayMs?: number;
  timeoutMs?: number;
}

const RETRYABLE = (status: number) => status >= 500 || status === 408 || status === 429;

/** One POST; resolves with the status code. The socket connects only to addresses the guard checked. */
function post(url: URL, payload: string, idempotencyKey: string, timeoutMs: number, targets: WebhookTargets): Promise<number> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/cloudevents+json', 'content-length': Buffer.byteLength(payload), 'idempotency-key': idempotencyKey },
      lookup: targets.lookup(),
      signal: AbortSignal.timeout(timeoutMs),
    }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * POSTs a CloudEvent with retries and exponential backoff. The Idempotency-Key header is the same
 * on every attempt and every redelivery, so a receiver can drop what it has already seen. A target
 * that is (or now resolves to) a forbidden address is refused without a connection, and not retried.
 */
export async function deliverWebhook(url: string, body: unknown, idempotencyKey: string, targets: WebhookTargets, options: WebhookOptions = {}): Promise<WebhookOutcome> {
  const outcome = await attemptDelivery(url, body, idempotencyKey, targets, options);
  webhookDeliveries.inc({ outcome: outcome.ok ? 'delivered' : outcome.refused ? 'refused' : 'failed' });
  const { refused: _refused, ...answer } = outcome;
  return answer;
}

async function attemptDelivery(
  url: string, body: unknown, idempotencyKey: string, targets: WebhookTargets, options: WebhookOptions,
): Promise<WebhookOutcome & { refused?: true }> {
  const { attempts = 4, baseDelayMs = 200, timeoutMs = 5000 } = options;
  const payload = JSON.stringify(body);
  let error = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      // Literal IP hosts never reach the lookup: check them (and names, early) here.
      await targets.check(url);
      const status = await post(new URL(url), payload, idempotencyKey, timeoutMs, targets);
      if (status >= 200 && status < 300) return { ok: true, attempts: attempt };
      error = `HTTP ${status}`;
      if (!RETRYABLE(status)) return { ok: false, attempts: attempt, error };
    } catch (failure) {
      if (failure instanceof ForbiddenTargetError) return { ok: false, attempts: attempt, error: failure.message, refused: true };
      error = failure instanceof Error ? failure.message : String(failure);
    }
    if (attempt < attempts) await new Promise((resolve) => setTimeout(resolve, baseDelayMs * 2 ** (attempt - 1)));
  }
  return { ok: false, attempts, error };
}

/** Longest a delivery with these options can take: how long another runner's claim on it is respected. */
export function deliveryBudgetMs({ attempts = 4, baseDelayMs = 200, timeoutMs = 5000 }: WebhookOptions = {}): number {
  return attempts * timeoutMs + baseDelayMs * (2 ** Math.max(0, attempts - 1) - 1);
}
