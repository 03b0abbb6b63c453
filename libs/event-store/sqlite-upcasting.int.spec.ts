import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from './sqlite-event-store';
import { collect, newEvent } from './testing/event-store.fixtures';
import { UpcasterRegistry } from './upcasting';

describe('SqliteEventStore with upcasters', () => {
  let dir: string;
  let store: SqliteEventStore;
  const upcasters = new UpcasterRegistry().register('crm.deal.won', 1, ({ data }) => ({
    data: { amount: { value: data.amount, currency: 'EUR' } },
  }));

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'crm-event-store-'));
    store = new SqliteEventStore(join(dir, 'events.db'), { upcasters });
    await store.append('deal-1', [newEvent({ type: 'crm.deal.won', schemaVersion: 1, data: { amount: 120 } })], 'no-stream');
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  const latest = { schemaVersion: 2, data: { amount: { value: 120, currency: 'EUR' } } };

  it('hands readers only the latest schema version', async () => {
    expect((await store.readStream('deal-1'))[0]).toMatchObject(latest);
    expect((await store.readAll({ after: 0, limit: 10 }))[0]).toMatchObject(latest);
    const sub = collect(store, 0);
    await sub.until((events) => events.length === 1);
    await sub.subscription.close();
    expect(sub.events[0]).toMatchObject(latest);
  });

  it('never rewrites the stored event', async () => {
    await store.readStream('deal-1');
    const raw = new Database(join(dir, 'events.db'), { readonly: true });
    try {
      const row = raw.prepare('SELECT schema_version, data FROM events WHERE stream_id = ?').get('deal-1');
      expect(row).toEqual({ schema_version: 1, data: '{"amount":120}' });
    } finally {
      raw.close();
    }
  });
});
