import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteDocumentStore } from '../../sqlite/sqlite-document-store';
import { collectionsOf, events, leadEvents } from './analytics.fixtures';
import { forecastReport } from './forecast';
import { leadFunnelReport } from './lead-funnel';
import { compareModels } from './lead-scores';
import { pipelineReport } from './pipeline-report';
import { winRateReport } from './win-rate';

describe('sales analytics on the SQLite document store', () => {
  let dir: string;
  let store: SqliteDocumentStore;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'crm-sales-analytics-'));
    store = new SqliteDocumentStore(join(dir, 'read-models.db'));
  });
  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers every report exactly as the in-memory MongoDB semantics do', async () => {
    const sqlite = await collectionsOf([...events, ...leadEvents], store);
    const reference = await collectionsOf([...events, ...leadEvents]);
    const asks = [
      (c: typeof sqlite) => pipelineReport(c, { asOf: '2024-03-15T00:00:00.000Z', currency: 'EUR' }),
      (c: typeof sqlite) => forecastReport(c, { asOf: '2024-05-10T00:00:00.000Z', from: '2024-05-01T00:00:00.000Z', to: '2024-07-01T00:00:00.000Z', currency: 'USD' }),
      (c: typeof sqlite) => winRateReport(c, { asOf: '2024-06-01T00:00:00.000Z', currency: 'IRR' }),
      (c: typeof sqlite) => leadFunnelReport(c, { asOf: '2024-01-01T00:00:00.000Z', stages: ['lead', 'mql', 'sql'], by: 'source' }),
      (c: typeof sqlite) => compareModels(c.leads, { version: 1, model: { fit: [{ attribute: 'source', in: ['web'], points: 5 }], engagement: {}, halfLifeDays: 10, thresholds: {} } },
        { version: 2, model: { fit: [{ attribute: 'source', in: ['event'], points: 5 }], engagement: {}, halfLifeDays: 10, thresholds: {} } }, '2024-01-01T00:00:00.000Z', 10),
    ];
    for (const ask of asks) expect(await ask(sqlite)).toEqual(await ask(reference));
    expect((await pipelineReport(sqlite, { asOf: '2024-03-15T00:00:00.000Z' })).totals.count).toBe(3);
  });
});
