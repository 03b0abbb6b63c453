/**
 * A suite that cannot run here: skipped (never a passing placeholder), with one printed line
 * saying why and how to run it. Without a body it holds one skipped test that names the reason,
 * so jest counts the suite as skipped rather than refusing a file without tests.
 */
export function describeSkipped(name: string, why: string, fn?: () => void): void {
  process.stdout.write(`skipped suite "${name}": ${why}\n`);
  describe.skip(name, fn ?? (() => it(`runs once ${why}`, () => undefined)));
}

/** `describe` when `runs`, otherwise describeSkipped with the reason. */
export function describeIf(runs: boolean, name: string, why: string, fn: () => void): void {
  if (runs) describe(name, fn);
  else describeSkipped(name, why, fn);
}
