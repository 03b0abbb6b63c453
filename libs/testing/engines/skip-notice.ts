/**
 * A suite that cannot run here: skipped (never a passing placeholder), with one printed line
 * saying why and how to run it.
 */
export function describeSkipped(name: string, why: string, fn: () => void = () => undefined): void {
  process.stdout.write(`skipped suite "${name}": ${why}\n`);
  describe.skip(name, fn);
}

/** `describe` when `runs`, otherwise describeSkipped with the reason. */
export function describeIf(runs: boolean, name: string, why: string, fn: () => void): void {
  if (runs) describe(name, fn);
  else describeSkipped(name, why, fn);
}
