/**
 * Resolves once `condition` holds, checking it every few milliseconds; rejects after `timeoutMs`.
 * Tests wait on a condition (every event seen, lag is 0) instead of sleeping a guessed time.
 */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<void> {
  // Monotonic clock, so a step of the wall clock can neither end nor stretch a wait.
  const deadline = performance.now() + timeoutMs;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Resolves with the first value `probe` gives that is not undefined; rejects after `timeoutMs`. */
export async function waitForValue<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000, what = 'value'): Promise<T> {
  let value: T | undefined;
  await waitFor(async () => (value = await probe()) !== undefined, timeoutMs, what);
  return value as T;
}

/** Lets every already-scheduled callback and promise run: for asserting that something did NOT happen. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setImmediate(resolve));
}
