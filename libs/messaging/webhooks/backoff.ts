export interface RetryPolicy {
  /** Attempts in all, the first included; after the last failure the message is a dead letter. */
  attempts: number;
  /** Delay before the second attempt; each further one doubles it, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Longest one HTTP attempt may take (connect to last byte of the answer). */
  timeoutMs: number;
}

/**
 * The wait before attempt `attempt + 1`: exponential, capped, with "equal jitter" (half fixed,
 * half random), so many subscriptions failing at once do not retry in lockstep against a
 * receiver that is coming back, yet each wait is at least half the nominal one.
 */
export function backoffDelayMs(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const nominal = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(nominal / 2 + random() * (nominal / 2));
}

/** The longest the attempts of one message can take. */
export function retryBudgetMs(policy: RetryPolicy): number {
  let total = policy.attempts * policy.timeoutMs;
  for (let attempt = 1; attempt < policy.attempts; attempt++) total += Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return total;
}

/** Whether an HTTP answer is worth another attempt: server trouble, timeouts, throttling. */
export const retryableStatus = (status: number): boolean => status >= 500 || status === 408 || status === 429;
