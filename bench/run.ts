import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchAppends } from './event-store-append';
import { Figure } from './figure';
import { benchHttpCommands } from './http-commands';
import { benchReadYourWrites } from './read-your-writes';
import { benchAuthGuard } from './auth-guard';
import { benchCatchUp } from './projection-catchup';
import { benchSalesAnalytics } from './sales-analytics';
import { benchServiceKpis } from './service-kpis';
import { benchImport } from './import';
import { kafkaJarsDir } from '../libs/testing/engines/kafka-broker';
import { benchRelay } from './kafka-relay';
import { benchKafkaPipeline } from './kafka-pipeline';
import { benchSubjectKeys } from './subject-keys';
import { benchStarts } from './starts';
import { benchReads } from './reads';
import { benchNotices } from './notices';
import { benchSegments } from './segments';

const full = process.env.BENCH_FULL === '1';
// Short runs while developing (BENCH_SECONDS=2); the default is what docs/performance.md reports.
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
// A bench that hangs (a broker that never answers) must not cost the other figures.
const timeoutMs = Number(process.env.BENCH_TIMEOUT_SECONDS ?? 600) * 1000;

interface Bench {
  name: string;
  run: (dir: string) => Promise<Figure[]>;
}


function benches(): Bench[] {
  const list: Bench[] = [
    { name: 'appends', run: (dir) => benchAppends(dir, Math.max(3, seconds * 0.6)) },
    { name: 'http', run: () => benchHttpCommands(seconds) },
    { name: 'auth', run: () => benchAuthGuard(seconds) },
    { name: 'ryw', run: () => benchReadYourWrites(Math.max(100, seconds * 50)) },
    { name: 'catchup', run: (dir) => benchCatchUp(dir, full ? 1_000_000 : 200_000) },
    { name: 'sales', run: (dir) => benchSalesAnalytics(dir, full ? 100_000 : 20_000, full ? 20_000 : 4_000) },
    { name: 'service', run: (dir) => benchServiceKpis(dir, full ? 100_000 : 20_000) },
    { name: 'import', run: (dir) => benchImport(dir, full ? 1_000_000 : 100_000) },
    { name: 'keys', run: (dir) => benchSubjectKeys(dir, full ? 1_000_000 : 100_000) },
    { name: 'starts', run: (dir) => benchStarts(dir, full ? 1_000_000 : 200_000) },
    { name: 'notices', run: (dir) => benchNotices(dir, full ? 1_000_000 : Number(process.env.BENCH_NOTICE_MEMBERS ?? 100_000)) },
    { name: 'reads', run: (dir) => benchReads(dir, full ? 1_000_000 : Number(process.env.BENCH_READS_CUSTOMERS ?? 100_000)) },
    { name: 'segments', run: () => benchSegments(full ? 20_000 : 2_000, 10, full ? 1000 : 200, 250) },
  ];
  if (!kafkaJarsDir()) {
    console.log('skipping the Kafka benches: the Kafka broker is not installed (bash scripts/test-deps/install.sh; npm run bench does it)');
    return list;
  }
  list.push({ name: 'kafka', run: () => benchRelay(full ? 100_000 : 20_000) });
  list.push({ name: 'pipeline', run: () => benchKafkaPipeline(full ? 100_000 : 20_000) });
  return list;
}

interface Row {
  bench: string;
  name: string;
  value: string;
  unit: string;
  baseline: string;
  'baseline value': string;
  ratio: string;
  target: string;
}

const show = (n: number) => (Math.abs(n) >= 100 ? String(Math.round(n)) : String(Math.round(n * 100) / 100));

function toRow(bench: string, f: Figure): Row {
  const ratio = f.baseline && f.baseline.value !== 0 ? `${(f.value / f.baseline.value).toFixed(2)}x` : '';
  return {
    bench, name: f.name, value: show(f.value), unit: f.unit,
    baseline: f.baseline?.name ?? '', 'baseline value': f.baseline ? show(f.baseline.value) : '', ratio, target: f.target ?? '',
  };
}

function markdown(rows: Row[], header: string[]): string {
  const columns = Object.keys(rows[0] ?? toRow('', { name: '', value: 0, unit: '' })) as (keyof Row)[];
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  return [
    ...header.map((line) => `${line}  `), '',
    `| ${columns.join(' | ')} |`, `|${columns.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${columns.map((c) => cell(r[c])).join(' | ')} |`), '',
  ].join('\n');
}

function withinTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs / 1000} s`)), timeoutMs);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** `node dist/bench/run.js [appends|http|auth|ryw|catchup|sales|service|import|keys|starts|notices|reads|kafka|pipeline ...]`: runs the benches in turn, prints one table. */
async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const all = benches();
  const unknown = wanted.filter((w) => !all.some((b) => b.name === w));
  if (unknown.length) throw new Error(`unknown bench ${unknown.join(', ')}; choose from ${all.map((b) => b.name).join(', ')}`);
  const header = [
    `date: ${new Date().toISOString()}`,
    `machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load average at start ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
    `command: node dist/bench/run.js ${wanted.join(' ')} (BENCH_FULL=${full ? 1 : 0}, BENCH_SECONDS=${seconds})`,
  ];
  const rows: Row[] = [];
  for (const bench of all.filter((b) => wanted.length === 0 || wanted.includes(b.name))) {
    const dir = await mkdtemp(join(tmpdir(), `crm-bench-${bench.name}-`));
    const started = Date.now();
    console.log(`running ${bench.name}…`);
    try {
      rows.push(...(await withinTimeout(bench.run(dir))).map((f) => toRow(bench.name, f)));
    } catch (error) {
      // One broken bench should not hide the others' figures; the exit code still says so.
      console.error(`${bench.name} failed:`, error);
      rows.push(toRow(bench.name, { name: `FAILED: ${(error as Error).message ?? String(error)}`.slice(0, 200), value: NaN, unit: '' }));
      process.exitCode = 1;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    console.log(`${bench.name} done in ${Math.round((Date.now() - started) / 1000)} s`);
  }
  header.push(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(header.join('\n'));
  console.table(rows);
  const out = join(__dirname, '..', '..', 'bench', 'out');
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'latest.md'), markdown(rows, header));
  console.log(`written to ${join(out, 'latest.md')}`);
  // A timed-out bench may still hold sockets or timers open; the figures are written, so stop.
  process.exit();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
