import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import { backoffDelayMs, RetryPolicy, retryableStatus } from '../../../../libs/messaging/webhooks/backoff';
import { standardWebhookHeaders } from '../../../../libs/messaging/webhooks/standard-webhooks';
import { ForbiddenTargetError, WebhookTargets } from '../service/automation/webhook-target';

export interface SendOutcome {
  ok: boolean;
  attempts: number;
  /** The last HTTP status, when an answer came. */
  status?: number;
  error?: string;
  /** The target is (or now resolves to) a forbidden address: refused without a connection, never retried. */
  refused?: true;
}

export interface WebhookMessage {
  url: string;
  /** `webhook-id`: the same on every attempt and every redelivery, so receivers can drop repeats. */
  id: string;
  body: string;
  /** Signing secrets at the time of each attempt (a rotation during the retries takes effect). */
  secrets: () => readonly string[];
  /** Further headers (the automation's Idempotency-Key). */
  headers?: Record<string, string>;
}

/** One POST; resolves with the status code. The socket connects only to addresses the guard checked. */
function post(message: WebhookMessage, timeout: AbortSignal, targets: WebhookTargets, signal?: AbortSignal): Promise<number> {
  const url = new URL(message.url);
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const headers = {
    'content-type': 'application/cloudevents+json',
    'content-length': String(Buffer.byteLength(message.body)),
    'user-agent': 'crm-webhooks/1',
    ...message.headers,
    ...standardWebhookHeaders(message.secrets(), message.id, message.body),
  };
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers, lookup: targets.lookup(), signal: signal ? AbortSignal.any([signal, timeout]) : timeout }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    req.on('error', reject);
    req.end(message.body);
  });
}

/**
 * Delivers one message the Standard Webhooks way: signed headers, retries on 5xx, 408, 429,
 * timeouts and connection errors with exponential backoff and jitter, up to `policy.attempts`.
 * A 2xx is delivered; another 4xx is final (the receiver refuses the message itself).
 * `signal` stops the waits and the request in flight (shutdown, lost lease).
 */
export async function sendWebhook(message: WebhookMessage, targets: WebhookTargets, policy: RetryPolicy, signal?: AbortSignal): Promise<SendOutcome> {
  let error = '';
  let status: number | undefined;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    signal?.throwIfAborted();
    const timeout = AbortSignal.timeout(policy.timeoutMs);
    try {
      // Literal IP hosts never reach the lookup: check them (and names, early) here.
      await targets.check(message.url);
      status = await post(message, timeout, targets, signal);
      if (status >= 200 && status < 300) return { ok: true, attempts: attempt, status };
      error = `HTTP ${status}`;
      if (!retryableStatus(status)) return { ok: false, attempts: attempt, status, error };
    } catch (failure) {
      if (failure instanceof ForbiddenTargetError) return { ok: false, attempts: attempt, error: failure.message, refused: true };
      signal?.throwIfAborted();
      status = undefined;
      error = timeout.aborted ? `no answer within ${policy.timeoutMs} ms` : failure instanceof Error ? failure.message : String(failure);
    }
    if (attempt < policy.attempts) await sleep(backoffDelayMs(policy, attempt), undefined, { signal });
  }
  return { ok: false, attempts: policy.attempts, status, error };
}
