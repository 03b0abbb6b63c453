import { loadavg } from 'node:os';
import { benchSegments } from './segments';

/**
 * `npm run bench:segments` (straight from the sources): BENCH_SEGMENT_CUSTOMERS, BENCH_SEGMENT_SEGMENTS,
 * BENCH_SEGMENT_SAMPLES and BENCH_SEGMENT_TICKS (comma-separated CRM_WORKER_TICK_MS values).
 */
async function main(): Promise<void> {
  const env = (name: string, fallback: string) => process.env[name] ?? fallback;
  const customers = Number(env('BENCH_SEGMENT_CUSTOMERS', '2000'));
  const segments = Number(env('BENCH_SEGMENT_SEGMENTS', '10'));
  const samples = Number(env('BENCH_SEGMENT_SAMPLES', '200'));
  const ticks = env('BENCH_SEGMENT_TICKS', '250,1000').split(',').map(Number);
  console.log(`load average at start ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const rows = [];
  for (const tick of ticks) {
    for (const f of await benchSegments(customers, segments, samples, tick)) {
      rows.push({ name: f.name, value: f.value, unit: f.unit, baseline: f.baseline?.name ?? '', 'baseline value': f.baseline?.value ?? '', target: f.target ?? '' });
    }
  }
  console.log(`load average at end ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.table(rows);
  process.exit();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
