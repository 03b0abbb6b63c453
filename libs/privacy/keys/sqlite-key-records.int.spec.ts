import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CustodiedSubjectKeys } from './custodied-subject-keys';
import { KeyRecords } from './key-records';
import { MasterKey } from './master-key';
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

/** Whether these bytes stand anywhere in the directory's files (database, WAL, shared memory). */
async function inFiles(dir: string, bytes: Buffer): Promise<boolean> {
  const contents = await Promise.all((await readdir(dir)).map((f) => readFile(join(dir, f))));
  return contents.some((content) => content.includes(bytes));
}

describe('the embedded key file', () => {
  it('keeps no byte of a destroyed key in the file or its WAL', async () => {
    const temp = await tempKeyFile();
    try {
      const keys = new CustodiedSubjectKeys(temp.connect());
      const doomed = (await keys.keyFor('doomed')) as Buffer;
      const kept = (await keys.keyFor('kept')) as Buffer;
      const inFilesNow = (bytes: Buffer) => inFiles(temp.dir, bytes);
      expect(await inFilesNow(doomed)).toBe(true); // the scan can see a key
      await keys.destroy('doomed');
      expect(await inFilesNow(doomed)).toBe(false);
      expect(await inFilesNow(kept)).toBe(true);
    } finally {
      await temp.cleanup();
    }
  });

  it('keeps no plain key in the file once a master key is set and the store has started with it', async () => {
    const temp = await tempKeyFile();
    try {
      const plain = new CustodiedSubjectKeys(temp.connect());
      const key = (await plain.keyFor('ada')) as Buffer;
      expect(await inFiles(temp.dir, key)).toBe(true);
      const master = new MasterKey(randomBytes(32));
      await new CustodiedSubjectKeys(temp.connect(), master).prepare();
      expect(await inFiles(temp.dir, key)).toBe(false);
      expect(await new CustodiedSubjectKeys(temp.connect(), master).find('ada')).toEqual({ state: 'active', key });
    } finally {
      await temp.cleanup();
    }
  });
});
