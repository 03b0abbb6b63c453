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
