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

/**
 * POSTs a CloudEvent with retries and exponential backoff. The Idempotency-Key header is the same
 * on every attempt and every redelivery, so a receiver can drop what it has already seen.
 */
export async function deliverWebhook(url: string, body: unknown, idempotencyKey: string, options: WebhookOptions = {}): Promise<WebhookOutcome> {
  const { attempts = 4, baseDelayMs = 200, timeoutMs = 5000 } = options;
  let error = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/cloudevents+json', 'idempotency-key': idempotencyKey },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.arrayBuffer().catch(() => undefined);
      if (response.ok) return { ok: true, attempts: attempt };
      error = `HTTP ${response.status}`;
      if (!RETRYABLE(response.status)) return { ok: false, attempts: attempt, error };
    } catch (failure) {
      error = failure instanceof Error ? failure.message : String(failure);
    }
    if (attempt < attempts) await new Promise((resolve) => setTimeout(resolve, baseDelayMs * 2 ** (attempt - 1)));
  }
  return { ok: false, attempts, error };
}
