import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LEGACY_MAPPING, writeLegacyCsv } from '../../../bench/legacy-csv';
import { waitFor } from '../../../libs/testing/wait-for';
import { runCli } from './run-cli';

const ROOT = join(__dirname, '..', '..', '..');
const ROWS = 12_000;

describe('crm import killed mid-way (separate process)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'crm-import-'));
  });
  afterAll(async () => {
    delete process.env.CRM_DATA_DIR;
    await rm(dir, { recursive: true, force: true });
  });

  const registered = (): number => {
    try {
      const db = new Database(join(dir, 'data', 'events.db'), { readonly: true, fileMustExist: true });
      try {
        return (db.prepare("SELECT COUNT(*) AS n FROM events WHERE type = 'crm.customer.registered'").get() as { n: number }).n;
      } finally {
        db.close();
      }
    } catch {
      return 0; // the child has not created its log yet
    }
  };

  /** Customers in the 360° read model as stored (its active generation), and distinct customers registered in the log. */
  const stored = (): { views: number; distinctCustomers: number } => {
    const models = new Database(join(dir, 'data', 'read-models.db'), { readonly: true, fileMustExist: true });
    const log = new Database(join(dir, 'data', 'events.db'), { readonly: true, fileMustExist: true });
    try {
      const tables = (models.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'rm_customer-360%' AND name NOT LIKE '%$ix$%'").pluck().all() as string[]);
      const views = tables.reduce((sum, t) => sum + (models.prepare(`SELECT COUNT(*) FROM "${t}"`).pluck().get() as number), 0);
      const distinctCustomers = log.prepare("SELECT COUNT(DISTINCT stream_id) FROM events WHERE type = 'crm.customer.registered'").pluck().get() as number;
      return { views, distinctCustomers };
    } finally {
      models.close();
      log.close();
    }
  };

  it('finishes when run again, registering every customer of the file exactly once, and a third run adds nothing', async () => {
    const csv = join(dir, 'legacy.csv');
    const stats = await writeLegacyCsv(csv, ROWS);
    const expected = ROWS - stats.bad - stats.duplicates;
    await writeFile(join(dir, 'mapping.json'), JSON.stringify(LEGACY_MAPPING));
    const args = ['import', csv, '--mapping', join(dir, 'mapping.json'), '--report', join(dir, 'report.ndjson')];

    const child = spawn(process.execPath, ['-r', join(ROOT, 'libs/testing/register-ts.js'), join(ROOT, 'apps/cli/src/main.ts'), ...args], {
      cwd: ROOT, env: { PATH: process.env.PATH ?? '', CRM_DATA_DIR: join(dir, 'data') }, stdio: 'ignore',
    });
    const exited = once(child, 'exit');
    await waitFor(() => registered() >= 2000, 60_000, 'the first 2000 customers');
    child.kill('SIGKILL');
    await exited;
    const before = registered();
    expect(before).toBeLessThan(expected);

    process.env.CRM_DATA_DIR = join(dir, 'data');
    const lines: string[] = [];
    expect(await runCli(args, (line) => lines.push(line))).toBe(0);
    const resumed = JSON.parse(lines[0]);
    expect(resumed).toMatchObject({ rows: ROWS, invalid: stats.bad, duplicatesInFile: stats.duplicates, duplicatesOfExisting: 0, failed: 0 });
    expect(resumed.imported + resumed.alreadyImported).toBe(expected);
    expect(resumed.alreadyImported).toBeGreaterThanOrEqual(before);
    expect(registered()).toBe(expected);
    // Each row once: one registration per customer in the log, one 360° view per customer.
    expect(stored()).toEqual({ views: expected, distinctCustomers: expected });

    lines.length = 0;
    expect(await runCli(args, (line) => lines.push(line))).toBe(0);
    expect(JSON.parse(lines[0])).toMatchObject({ imported: 0, alreadyImported: expected });
    expect(registered()).toBe(expected);
    expect(stored()).toEqual({ views: expected, distinctCustomers: expected });
  }, 180_000);
});
