import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CustodiedSubjectKeys } from './custodied-subject-keys';
import { KeyRecords } from './key-records';
import { SqliteKeyRecords } from './sqlite-key-records';
import { describeSubjectKeyStoreContract } from './testing/subject-key-store.contract';

async function tempKeyFile() {
  const dir = await mkdtemp(join(tmpdir(), 'crm-keys-'));
  const connections: KeyRecords[] = [];
  return {
    dir,
    connect: () => {
      const records = new SqliteKeyRecords(join(dir, 'subject-keys.db'));
      connections.push(records);
      return records;
    },
    cleanup: async () => {
      await Promise.all(connections.map((c) => c.close()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

describeSubjectKeyStoreContract('SQLite file of its own', tempKeyFile);

describe('the embedded key file', () => {
  it('keeps no byte of a destroyed key in the file or its WAL', async () => {
    const temp = await tempKeyFile();
    try {
      const keys = new CustodiedSubjectKeys(temp.connect());
      const doomed = (await keys.keyFor('doomed')) as Buffer;
      const kept = (await keys.keyFor('kept')) as Buffer;
      const inFiles = async (bytes: Buffer) => {
        const files = await readdir(temp.dir);
        const contents = await Promise.all(files.map((f) => readFile(join(temp.dir, f))));
        return contents.some((content) => content.includes(bytes));
      };
      expect(await inFiles(doomed)).toBe(true); // the scan can see a key
      await keys.destroy('doomed');
      expect(await inFiles(doomed)).toBe(false);
      expect(await inFiles(kept)).toBe(true);
    } finally {
      await temp.cleanup();
    }
  });
});
