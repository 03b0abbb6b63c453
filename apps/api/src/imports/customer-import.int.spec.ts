import { Readable } from 'node:stream';
import { parseMapping } from '../../../../libs/domain/import/mapping';
import { activeCollection } from '../../../../libs/read-models/runner/registry';
import { startTestApp, TestApp } from '../testing/test-app';
import { CustomerImport } from './customer-import';
import { ReportEntry } from './import-report';
import { readRecords } from './import-source';

const mapping = parseMapping({
  columns: { Name: 'name', Mail: 'emails', Phone: 'phones', Country: 'country', 'Legacy ID': 'externalRefs.legacy', Type: 'kind' },
  defaults: { kind: 'person' },
});

const csv = [
  'Name,Mail,Phone,Country,Legacy ID,Type',
  'Ada Lovelace,ada@example.com,030 1111111,DE,L-1,', // 2 new
  'Bob Stone,not-an-email,,DE,L-2,', // 3 invalid email
  'Chen Wei,chen@example.cn,,CN,L-3,', // 4 new
  'Ada L.,ADA@example.com,,DE,L-9,', // 5 duplicate of row 2 (same email)
  ',nobody@example.com,,ZZ,L-4,', // 6 invalid: no name, bad country
  'Dana Existing,dana@example.com,,DE,,', // 7 duplicate of a customer registered before
  'Eve,two columns', // 8 unreadable: wrong column count
  'Fay,fay@example.com,,DE,L-5,robot', // 9 invalid kind
].join('\n');

describe('customer import (real store and read models)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const customers = async () => {
    await t.infrastructure.positions.waitForPosition(await t.infrastructure.eventStore.headPosition(), 10_000);
    return t.infrastructure.documentStore.collection(await activeCollection(t.infrastructure.documentStore, 'customer-360'));
  };
  const runImport = async (text: string) => {
    const report: ReportEntry[] = [];
    const summary = await new CustomerImport({ eventStore: t.infrastructure.eventStore, customers, prepareSubjects: (ids) => t.infrastructure.subjectKeys.ensureKeys(ids) }, { importId: 'test', actor: 'test', mapping, batchSize: 3, onReport: (e) => report.push(e) })
      .run(readRecords(Readable.from([text]), 'csv'));
    return { summary, report };
  };

  it('imports valid rows, reports bad rows by row and field without writing them, and skips duplicates in the file and of existing customers', async () => {
    await runImport('Name,Mail,Phone,Country,Legacy ID,Type\nDana Before,dana@example.com,,DE,OLD-1,');
    const head = await t.infrastructure.eventStore.headPosition();
    const { summary, report } = await runImport(csv);
    expect(summary).toMatchObject({ rows: 8, imported: 2, alreadyImported: 0, invalid: 4, duplicatesInFile: 1, duplicatesOfExisting: 1, failed: 0 });
    expect(await t.infrastructure.eventStore.headPosition()).toBe(head + 2);
    expect(report).toEqual(expect.arrayContaining([
      { row: 3, status: 'invalid', errors: [expect.objectContaining({ field: 'emails[0]', column: 'Mail' })] },
      { row: 5, status: 'duplicate-in-file', ofRow: 2, reason: 'email:ada@example.com' },
      { row: 6, status: 'invalid', errors: expect.arrayContaining([{ field: 'name', column: 'Name', message: 'is required' }, expect.objectContaining({ field: 'country', column: 'Country' })]) },
      { row: 7, status: 'duplicate-of-existing', customerId: expect.any(String), reason: 'email:dana@example.com' },
      { row: 8, status: 'invalid', errors: [{ field: 'row', message: 'has 2 columns where the header has 6' }] },
      { row: 9, status: 'invalid', errors: [expect.objectContaining({ field: 'kind', column: 'Type' })] },
    ]));
    const ada = await (await customers()).findOne({ emails: 'ada@example.com' });
    expect(ada).toMatchObject({ name: 'Ada Lovelace', phones: ['+49301111111'], externalRefKeys: ['legacy:L-1'] });
    const events = await t.infrastructure.eventStore.readStream(`customer-${ada!._id}`);
    expect(events[0].metadata).toMatchObject({ source: 'import', correlationId: 'test' });
  });

  it('adds nothing when the same file is imported again, reporting the same rows the same way', async () => {
    const head = await t.infrastructure.eventStore.headPosition();
    const { summary } = await runImport(csv);
    expect(summary).toMatchObject({ rows: 8, imported: 0, alreadyImported: 2, invalid: 4, duplicatesInFile: 1, duplicatesOfExisting: 1 });
    expect(await t.infrastructure.eventStore.headPosition()).toBe(head);
  });

  it('recognises rows an interrupted run committed before its read models caught up', async () => {
    const text = 'Name,Mail,Phone,Country,Legacy ID,Type\nGus,gus@example.com,,DE,L-7,';
    const stale = { eventStore: t.infrastructure.eventStore, customers: async () => t.infrastructure.documentStore.collection('no-such-collection') };
    const first = await new CustomerImport(stale, { importId: 'x', actor: 'test', mapping }).run(readRecords(Readable.from([text]), 'csv'));
    expect(first.imported).toBe(1);
    const again = await new CustomerImport(stale, { importId: 'x', actor: 'test', mapping }).run(readRecords(Readable.from([text]), 'csv'));
    expect(again).toMatchObject({ imported: 0, alreadyImported: 1, failed: 0 });
  });

  it('imports NDJSON shaped like the API body without a mapping', async () => {
    const ndjson = `${JSON.stringify({ kind: 'organization', name: '株式会社サンプル', emails: ['info@sample.jp'], country: 'JP', externalRefs: [{ system: 'sap', id: '900' }] })}\nnot json\n`;
    const summary = await new CustomerImport({ eventStore: t.infrastructure.eventStore, customers }, { importId: 'nd', actor: 'test' }).run(readRecords(Readable.from([ndjson]), 'ndjson'));
    expect(summary).toMatchObject({ rows: 2, imported: 1, invalid: 1 });
    expect(await (await customers()).findOne({ externalRefKeys: 'sap:900' })).toMatchObject({ name: '株式会社サンプル', kind: 'organization' });
  });
});
