import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runImportCommand } from '../apps/cli/src/import-command';
import { Figure } from './figure';
import { measureApi } from './import-api-memory';
import { rawAppendRate } from './import-baseline';
import { LEGACY_MAPPING, writeLegacyCsv } from './legacy-csv';

interface Run { summary: Record<string, number>; wallSeconds: number; peakRssMb: number }

/** One `crm import` in this process, as an operator runs it, sampling resident memory while it runs. */
async function importOnce(args: string[]): Promise<Run> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const started = performance.now();
  const lines: string[] = [];
  try {
    const code = await runImportCommand(args, (line) => lines.push(line));
    if (code !== 0) throw new Error(`crm import exited with ${code}: ${lines.join('\n')}`);
  } finally {
    clearInterval(sampler);
  }
  return { summary: JSON.parse(lines[lines.length - 1]), wallSeconds: (performance.now() - started) / 1000, peakRssMb: Math.round(Math.max(peak, process.memoryUsage().rss) / 2 ** 20) };
}

/**
 * `crm import` of a generated legacy CSV (5 % bad rows, 10 % duplicates) into a fresh embedded
 * store, projections running (in their worker thread, as `crm import` runs them), beside the raw
 * append rate of as many registrations through the same store (the baseline, same run); then the
 * same file again; then the API on the imported store (peak RSS while serving reads), and the
 * API on the same log with no read models (peak RSS while its projections catch up from zero).
 */
export async function benchImport(dir: string, rows: number): Promise<Figure[]> {
  await mkdir(dir, { recursive: true });
  const csv = join(dir, 'legacy.csv');
  const stats = await writeLegacyCsv(csv, rows);
  await writeFile(join(dir, 'mapping.json'), JSON.stringify(LEGACY_MAPPING));
  const data = join(dir, 'data');
  const previous = process.env.CRM_DATA_DIR;
  process.env.CRM_DATA_DIR = data;
  const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
  const loads = [load()];
  try {
    const unique = rows - stats.bad - stats.duplicates;
    const baseline = await rawAppendRate(dir, unique);
    const args = [csv, '--mapping', join(dir, 'mapping.json'), '--report', join(dir, 'report.ndjson')];
    const first = await importOnce(args);
    loads.push(load());
    const again = await importOnce(args);
    const api = await measureApi(data, Number(process.env.BENCH_SECONDS ?? 10) * 2, (n) => `user${(n * 7919) % rows}@legacy.example`);
    loads.push(load());
    // The same log and keys, no read models: the API's projection thread catches up on all of it.
    const fresh = join(dir, 'fresh');
    await mkdir(fresh);
    for (const file of (await readdir(data)).filter((f) => /^(events|subject-keys)\.db(-wal)?$/.test(f))) await copyFile(join(data, file), join(fresh, file));
    // At a million rows the whole catch-up would take longer than the rest of the bench: 3 minutes show the plateau.
    const projector = await measureApi(fresh, 2, (n) => `user${n}@legacy.example`, 180);
    loads.push(load());
    const s = first.summary;
    const appendBaseline = { name: 'raw appends of as many registrations, same store and group commit, nothing else', value: baseline.rowsPerSecond };
    return [
      { name: `import ${rows} rows with projections running: rows/s (decide, dedup, append)`, value: s.rowsPerSecond, unit: 'rows/s', baseline: appendBaseline, target: '>= 5000 rows/s' },
      { name: 'import: rows/s end to end (file scan, import, read models caught up)', value: Math.round(rows / first.wallSeconds), unit: 'rows/s', baseline: appendBaseline },
      { name: 'raw appends: transactions (group commits)', value: baseline.transactions, unit: 'commits' },
      { name: 'import: peak RSS (sampled every 100 ms)', value: first.peakRssMb, unit: 'MB' },
      { name: 'import: process max RSS so far (resourceUsage)', value: Math.round(process.resourceUsage().maxRSS / 1024), unit: 'MB' },
      { name: 'import: imported', value: s.imported, unit: 'rows', target: `= ${unique}` },
      { name: 'import: invalid (reported)', value: s.invalid, unit: 'rows', target: `= ${stats.bad} generated bad` },
      { name: 'import: duplicates in the file', value: s.duplicatesInFile, unit: 'rows', target: `= ${stats.duplicates} generated duplicates` },
      { name: 'import: duplicates of existing customers', value: s.duplicatesOfExisting, unit: 'rows', target: '= 0' },
      { name: 'import: failed', value: s.failed, unit: 'rows', target: '= 0' },
      { name: 're-run: added', value: again.summary.imported, unit: 'rows', target: '= 0' },
      { name: 're-run: recognised as already imported', value: again.summary.alreadyImported, unit: 'rows', target: `= ${s.imported}` },
      { name: 're-run (= restart after a kill): rows/s end to end', value: Math.round(rows / again.wallSeconds), unit: 'rows/s' },
      { name: 're-run: peak RSS', value: again.peakRssMb, unit: 'MB' },
      { name: `API on the imported store (${unique} customers): peak RSS serving reads (VmHWM)`, value: api.peakRssMb, unit: 'MB', target: '<= 300 MB' },
      { name: 'API: reads served / failed', value: api.requests, unit: `requests (${api.failures} failed)`, target: '0 failed' },
      { name: 'API on the same log, no read models: peak RSS while its projections catch up (VmHWM)', value: projector.peakRssMb, unit: 'MB', target: 'flat' },
      Number.isNaN(projector.startSeconds)
        ? { name: 'API projections: catch-up from zero not finished within 180 s (RSS above is its plateau)', value: 0, unit: '' }
        : { name: 'API projections: catch-up from zero until it listened', value: Math.round(unique / projector.startSeconds), unit: 'events/s' },
      { name: `load average (1/5/15 min) at start, after the import, after the API, at the end: ${loads.join(' | ')}`, value: loadavg()[0], unit: '' },
    ];
  } finally {
    if (previous === undefined) delete process.env.CRM_DATA_DIR;
    else process.env.CRM_DATA_DIR = previous;
  }
}

// `node -r ./libs/testing/register-ts.js bench/import.ts <dir> <rows>` runs it alone.
if (require.main === module) {
  const [dir = '/tmp/crm-import-bench', rows = '100000'] = process.argv.slice(2);
  benchImport(dir, Number(rows)).then(
    (figures) => figures.forEach((f) => console.log(`${f.name}: ${f.value} ${f.unit}${f.baseline ? ` beside ${f.baseline.name}: ${f.baseline.value}` : ''}${f.target ? ` (target ${f.target})` : ''}`)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
