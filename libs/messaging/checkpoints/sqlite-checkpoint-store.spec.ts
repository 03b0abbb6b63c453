import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteCheckpointStore } from './sqlite-checkpoint-store';

describe('SqliteCheckpointStore', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'crm-checkpoints-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('answers 0 for a reader that never saved a checkpoint', async () => {
    const store = new SqliteCheckpointStore(join(dir, 'c.db'));
    expect(await store.load('kafka-relay')).toBe(0);
    store.close();
  });

  it('remembers the last saved position across a reopen of the file', async () => {
    const file = join(dir, 'c.db');
    const first = new SqliteCheckpointStore(file);
    await first.save('kafka-relay', 10);
    await first.save('kafka-relay', 25);
    await first.save('other', 3);
    first.close();
    const second = new SqliteCheckpointStore(file);
    expect(await second.load('kafka-relay')).toBe(25);
    expect(await second.load('other')).toBe(3);
    second.close();
  });

  it('refuses a position that is not a non-negative integer', async () => {
    const store = new SqliteCheckpointStore(join(dir, 'c.db'));
    await expect(store.save('kafka-relay', -1)).rejects.toThrow(RangeError);
    await expect(store.save('kafka-relay', 1.5)).rejects.toThrow(RangeError);
    store.close();
  });
});
