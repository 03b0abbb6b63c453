import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppName, runAppToExit } from '../../../libs/testing/app-process';


/** One line on stderr naming the variable, exit code 1, nothing else. */
function expectRefusal(result: { code: number | null; stderr: string }, variable: string): void {
  expect(result.code).toBe(1);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^configuration error: ${variable}: `));
}

describe('start-up refuses bad configuration with one line naming the variable', () => {
  let dataDir: string;
  beforeAll(() => (dataDir = mkdtempSync(join(tmpdir(), 'crm-config-'))));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const apps: AppName[] = ['api', 'relay', 'projector', 'worker'];

  it.each(apps)('%s stops on an unknown EVENT_STORE', async (app) => {
    const result = await runAppToExit(app, { CRM_DATA_DIR: dataDir, EVENT_STORE: 'postgres', KAFKA_BROKERS: '127.0.0.1:1' });
    expectRefusal(result, 'EVENT_STORE');
    expect(result.stderr).toContain('must be one of sqlite, eventstoredb (got "postgres")');
  });

  it.each(apps)('%s stops when FANOUT=kafka comes without KAFKA_BROKERS', async (app) => {
    const result = await runAppToExit(app, { CRM_DATA_DIR: dataDir, FANOUT: 'kafka' });
    expectRefusal(result, 'KAFKA_BROKERS');
  });

  it.each(['relay', 'projector'] as const)('%s needs KAFKA_BROKERS whatever FANOUT says', async (app) => {
    const result = await runAppToExit(app, { CRM_DATA_DIR: dataDir });
    expectRefusal(result, 'KAFKA_BROKERS');
    expect(result.stderr).toContain(`is required by the ${app}`);
  });
});
