import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchAppends } from './event-store-append';

/** Prints the append figures: `npx tsc -p tsconfig.build.json && node dist/bench/run-appends.js [seconds]`. */
async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'crm-bench-appends-'));
  try {
    const figures = await benchAppends(dir, Number(process.argv[2] ?? 3));
    console.table(
      figures.map((f) => ({
        figure: f.name,
        value: `${Math.round(f.value * 10) / 10} ${f.unit}`,
        baseline: f.baseline ? `${Math.round(f.baseline.value)} (${f.baseline.name})` : '',
        ratio: f.baseline ? `${(f.value / f.baseline.value).toFixed(2)}x` : '',
        target: f.target ?? '',
      })),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
