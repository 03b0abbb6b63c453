import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { parseMapping } from '../../../libs/domain/import/mapping';
import { loadConfig } from '../../api/src/config/config';
import { CustomerImport } from '../../api/src/imports/customer-import';
import { ImportSummary } from '../../api/src/imports/import-report';
import { formatOf, readRecords } from '../../api/src/imports/import-source';
import { openInfrastructure } from '../../api/src/infrastructure/infrastructure';
import { activeCollection } from '../../../libs/read-models/runner/registry';
import { ProgressBar } from './progress';

const USAGE = `usage: crm import <file.csv|file.ndjson> [--mapping mapping.json] [--report report.ndjson] [--format csv|ndjson]
  Rows not imported (invalid, duplicates, failed) go to the report, one JSON line each; the summary goes to stdout.
  Running the same file again adds nothing; after a kill, run it again to finish.`;

/**
 * What an import changes in the service's defaults: bulk catch-up, a log cache its indexes fit in
 * at a million rows, one log commit per batch of rows and checkpoints that write each of the log's
 * random index pages once for many commits, and a projection thread that yields the cores to the
 * import's loop while both have work (docs/performance.md, first section).
 */
export const IMPORT_DEFAULTS = {
  CRM_PROJECTION_BATCH_EVENTS: '20000', CRM_EVENT_STORE_CACHE_MB: '64', CRM_EVENT_STORE_GROUP_MAX: '2000', CRM_EVENT_STORE_CHECKPOINT_PAGES: '10000',
  CRM_PROJECTION_THREAD_NICE: '19',
};

/** `crm import`: resolves to the exit code (0 imported, 1 rows failed or the file could not be read, 2 usage). */

export async function runImportCommand(argv: string[], out: (line: string) => void): Promise<number> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: {
    mapping: { type: 'string' }, report: { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean' },
  } });
  const file = positionals[0];
  const format = formatOf(values.format ?? file);
  if (!file || positionals.length !== 1 || !format || values.help) {
    out(USAGE);
    return values.help ? 0 : 2;
  }
  const mapping = values.mapping ? parseMapping(JSON.parse(await readFile(values.mapping, 'utf8'))) : undefined;
  const { lines, hash } = await scan(file);
  // Embedded, the projections catch up in their worker thread (CRM_PROJECTIONS_IN, as in the API):
  // the import's loop decides and appends while the other core projects, in batches as large as
  // the thread falls behind, so the read-model commits are few and large (up to 20,000 events each
  // unless CRM_PROJECTION_BATCH_EVENTS says otherwise; the API's default is 5,000).
  const infrastructure = await openInfrastructure(loadConfig({ ...IMPORT_DEFAULTS, ...process.env }));
  const report = createWriteStream(values.report ?? `${file}.report.ndjson`);
  try {
    const { projections: runner, documentStore, eventStore } = infrastructure;
    // Dedup against existing customers reads the 360° read model: bring it to the log head first.
    await runner.start();
    await caughtUp(runner, await eventStore.headPosition());
    const bar = new ProgressBar(`import ${basename(file)}`);
    const estimate = format === 'csv' ? Math.max(lines - 1, 0) : lines;
    const summary = await new CustomerImport(
      {
        eventStore, prepareSubjects: (ids) => infrastructure.subjectKeys.ensureKeys(ids),
        customers: async () => documentStore.collection(await activeCollection(documentStore, 'customer-360')),
      },
      {
        importId: `import-${hash.slice(0, 16)}`, actor: `cli:${process.env.USER ?? 'operator'}`, mapping,
        onReport: (entry) => report.write(`${JSON.stringify(entry)}\n`),
        onProgress: (s) => bar.update(s.rows, Math.max(estimate, s.rows)),
      },
    ).run(readRecords(createReadStream(file), format));
    const projected = Date.now();
    await caughtUp(runner, await eventStore.headPosition());
    bar.finish(line(summary, (Date.now() - projected) / 1000));
    out(JSON.stringify(summary));
    return summary.failed > 0 ? 1 : 0;
  } finally {
    await new Promise((resolve) => report.end(resolve));
    await infrastructure.close();
  }
}

async function caughtUp(runner: { waitForPosition(p: number, ms: number): Promise<boolean> }, head: number): Promise<void> {
  if (!(await runner.waitForPosition(head, 60 * 60_000))) throw new Error('read models did not catch up');
}

/** One pass before the import: lines for the progress bar's ETA, and a hash naming the import. */
async function scan(file: string): Promise<{ lines: number; hash: string }> {
  const hash = createHash('sha256');
  let lines = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
  }
  return { lines, hash: hash.digest('hex') };
}

const line = (s: ImportSummary, projectedSeconds: number): string =>
  `${s.rows} rows in ${s.seconds.toFixed(1)} s (${s.rowsPerSecond} rows/s): ${s.imported} imported, ${s.alreadyImported} already there, `
  + `${s.duplicatesInFile} duplicates in the file, ${s.duplicatesOfExisting} duplicates of existing customers, ${s.invalid} invalid, ${s.failed} failed; `
  + `read models caught up ${projectedSeconds.toFixed(1)} s later`;
