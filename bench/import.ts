import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runImportCommand } from '../apps/cli/src/import-command';
import { Figure } from './figure';
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
 * store, then the same file again: rows/s, peak memory, the report counts, and what the re-run added.
 */
export async function benchImport(dir: string, rows: number): Promise<Figure[]> {
  await mkdir(dir, { recursive: true });
  const csv = join(dir, 'legacy.csv');
  const stats = await writeLegacyCsv(csv, rows);
  await writeFile(join(dir, 'mapping.json'), JSON.stringify(LEGACY_MAPPING));
  const previous = process.env.CRM_DATA_DIR;
  process.env.CRM_DATA_DIR = join(dir, 'data');
  try {
    const args = [csv, '--mapping', join(dir, 'mapping.json'), '--report', join(dir, 'report.ndjson')];
    const first = await importOnce(args);
    const again = await importOnce(args);
    const s = first.summary;
    return [
      { name: `import ${rows} rows: rows/s (decide, dedup, append)`, value: s.rowsPerSecond, unit: 'rows/s' },
      { name: 'import: rows/s end to end (file scan, import, read models caught up)', value: Math.round(rows / first.wallSeconds), unit: 'rows/s' },
      { name: 'import: peak RSS (sampled every 100 ms)', value: first.peakRssMb, unit: 'MB' },
      { name: 'import: process max RSS so far (resourceUsage)', value: Math.round(process.resourceUsage().maxRSS / 1024), unit: 'MB' },
      { name: 'import: imported', value: s.imported, unit: 'rows', target: `= ${rows - stats.bad - stats.duplicates}` },
      { name: 'import: invalid (reported)', value: s.invalid, unit: 'rows', target: `= ${stats.bad} generated bad` },
      { name: 'import: duplicates in the file', value: s.duplicatesInFile, unit: 'rows', target: `= ${stats.duplicates} generated duplicates` },
      { name: 'import: duplicates of existing customers', value: s.duplicatesOfExisting, unit: 'rows', target: '= 0' },
      { name: 'import: failed', value: s.failed, unit: 'rows', target: '= 0' },
      { name: 're-run: added', value: again.summary.imported, unit: 'rows', target: '= 0' },
      { name: 're-run: recognised as already imported', value: again.summary.alreadyImported, unit: 'rows', target: `= ${s.imported}` },
      { name: 're-run (= restart after a kill): rows/s end to end', value: Math.round(rows / again.wallSeconds), unit: 'rows/s' },
      { name: 're-run: peak RSS', value: again.peakRssMb, unit: 'MB' },
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
    (figures) => figures.forEach((f) => console.log(`${f.name}: ${f.value} ${f.unit}${f.target ? ` (target ${f.target})` : ''}`)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
