import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WrongExpectedRevisionError } from './errors';
import { SqliteEventStore, SqliteEventStoreOptions } from './sqlite-event-store';
import { describeEventStoreContract } from './testing/event-store.contract';
import { collect, newEvent, newEvents } from './testing/event-store.fixtures';

describeEventStoreContract('SQLite', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'crm-event-store-'));
  const file = join(dir, 'events.db');
  return {
    store: new SqliteEventStore(file),
    reopen: async () => new SqliteEventStore(file),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
});

describe('SqliteEventStore', () => {
  let dir: string;
  let file: string;
  let opened: SqliteEventStore[];
  const open = (options?: SqliteEventStoreOptions): SqliteEventStore => {
    const store = new SqliteEventStore(file, options);
    opened.push(store);
    return store;
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'crm-event-store-'));
    file = join(dir, 'nested', 'events.db');
    opened = [];
  });
  afterEach(async () => {
    await Promise.all(opened.map((store) => store.close()));
    await rm(dir, { recursive: true, force: true });
  });

  it('numbers global positions densely from 1', async () => {
    const store = open();
    await store.append('a', newEvents(2), 'no-stream');
    await store.append('b', newEvents(3), 'no-stream');
    const all = await store.readAll({ after: 0, limit: 100 });
    expect(all.map((e) => e.position)).toEqual([1, 2, 3, 4, 5]);
  });

  it('stamps recordedAt with the injected system clock, so history can be written "on 10 March"', async () => {
    let now = new Date('2026-03-10T08:00:00.000Z');
    const store = open({ now: () => now });
    await store.append('a', [newEvent()], 'no-stream');
    now = new Date('2026-03-11T09:30:00.000Z');
    await store.append('a', [newEvent()], 0);
    expect((await store.readStream('a')).map((e) => e.recordedAt)).toEqual(['2026-03-10T08:00:00.000Z', '2026-03-11T09:30:00.000Z']);
  });

  it('commits 64 concurrent appends in far fewer transactions than appends', async () => {
    const store = open();
    await Promise.all(Array.from({ length: 64 }, (_, i) => store.append(`s-${i}`, [newEvent()], 'no-stream')));
    const stats = store.stats();
    expect(stats.appends).toBe(64);
    expect(stats.transactions).toBeLessThanOrEqual(4);
  });

  it('caps a group so that a crowd of appends spreads over several transactions', async () => {
    const store = open({ maxGroupSize: 10 });
    await Promise.all(Array.from({ length: 35 }, (_, i) => store.append(`s-${i}`, [newEvent()], 'no-stream')));
    expect(store.stats()).toEqual({ appends: 35, transactions: 4, largestGroup: 10 });
  });

  it('rejects only the failing append of a group while the others commit', async () => {
    const store = open();
    await store.append('taken', [newEvent()], 'no-stream');
    const settled = await Promise.allSettled([
      store.append('one', [newEvent()], 'no-stream'),
      store.append('taken', newEvents(2), 'no-stream'),
      store.append('two', newEvents(2), 'no-stream'),
    ]);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(store.stats().transactions).toBe(2);
    expect(await store.headPosition()).toBe(4);
    expect(await store.readStream('taken')).toHaveLength(1);
  });

  it('checks expected revisions against earlier appends of the same group', async () => {
    const store = open();
    const settled = await Promise.allSettled([
      store.append('s', [newEvent()], 'no-stream'),
      store.append('s', [newEvent()], 0),
      store.append('s', [newEvent()], 0),
    ]);
    expect(store.stats().transactions).toBe(1);
    expect(settled[1]).toMatchObject({ status: 'fulfilled', value: { revision: 1 } });
    expect(settled[2]).toMatchObject({ status: 'rejected', reason: expect.any(WrongExpectedRevisionError) });
    expect((settled[2] as PromiseRejectedResult).reason.actual).toBe(1);
  });

  it('treats the second of two identical appends in one group as a repeat of the first', async () => {
    const store = open();
    const events = newEvents(2);
    const [a, b] = await Promise.all([store.append('s', events, 'no-stream'), store.append('s', events, 'no-stream')]);
    expect(store.stats().transactions).toBe(1);
    expect(b).toEqual({ ...a, events: expect.any(Array) });
    expect(b.events.map((e) => e.position)).toEqual([1, 2]);
    expect(await store.headPosition()).toBe(2);
  });

  it('commits appends still queued when it is closed', async () => {
    const store = open();
    const pending = store.append('s', newEvents(2), 'no-stream');
    await store.close();
    expect((await pending).revision).toBe(1);
    await expect(store.append('s', [newEvent()], 'any')).rejects.toThrow('closed');
    expect(await open().readStream('s')).toHaveLength(2);
  });

  it('refuses -1 as an expected revision, since no-stream says that', async () => {
    await expect(open().append('s', [newEvent()], -1)).rejects.toThrow(RangeError);
  });

  it('keeps the file in WAL mode', async () => {
    open();
    const raw = new Database(file, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      raw.close();
    }
  });

  it('leaves committed pages in the WAL until it holds the configured number, then checkpoints them into the file', async () => {
    const bulky = () => newEvent({ data: { note: 'x'.repeat(2000) } });
    const fill = async (store: SqliteEventStore) => {
      // ~2,400 pages of 4 KB in 40 commits: more than SQLite's default of 1,000, fewer than 10,000.
      for (let i = 0; i < 40; i++) await Promise.all(Array.from({ length: 100 }, (_, j) => store.append(`bulk-${i}-${j}`, [bulky()], 'no-stream')));
    };
    const mainFileBytes = () => statSync(file).size;
    await fill(open({ checkpointPages: 10_000 }));
    expect(mainFileBytes()).toBeLessThan(1024 * 1024);
    file = join(dir, 'nested', 'default.db');
    await fill(open());
    expect(mainFileBytes()).toBeGreaterThan(4 * 1024 * 1024);
  });

  it('delivers to a subscription the events another connection appends to the same file', async () => {
    const reader = open({ pollIntervalMs: 20 });
    const writer = open();
    const sub = collect(reader, 0);
    const written = (await writer.append('from-cli', newEvents(3), 'no-stream')).events;
    await sub.until((events) => events.length >= 3);
    await sub.subscription.close();
    expect(sub.events.map((e) => e.eventId)).toEqual(written.map((e) => e.eventId));
  });

  it('catches up in batches no larger than the configured size, in position order', async () => {
    const store = open({ subscriptionBatchSize: 7 });
    for (let i = 0; i < 6; i++) await store.append(`s-${i}`, newEvents(5), 'no-stream');
    const sub = collect(store, 0);
    await sub.until((events) => events.length >= 30);
    await sub.subscription.close();
    expect(sub.batches.every((batch) => batch.length <= 7)).toBe(true);
    expect(sub.events.map((e) => e.position)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it('stops a subscription whose handler throws and reports why', async () => {
    let reported: (error: unknown) => void = () => undefined;
    const failure = new Promise<unknown>((resolve) => (reported = resolve));
    const store = open({ onSubscriptionError: (error) => reported(error) });
    await store.append('s', [newEvent()], 'no-stream');
    store.subscribeAll(0, async () => {
      throw new Error('projection broke');
    });
    expect(await failure).toEqual(new Error('projection broke'));
  });

  it('tells its commit listeners once per committed transaction, not for a refused append', async () => {
    const store = open();
    let commits = 0;
    store.onCommit(() => commits++);
    await Promise.all([store.append('a', [newEvent()], 'no-stream'), store.append('b', [newEvent()], 'no-stream')]);
    await expect(store.append('a', [newEvent()], 'no-stream')).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(commits).toBe(1);
  });

  it('delivers at once what another connection appended when told so, without waiting for its poll', async () => {
    const writer = open();
    // A poll this slow would make the wait below time out: only the wake-up can deliver in time.
    const reader = open({ pollIntervalMs: 60_000 });
    await writer.append('a', [newEvent()], 'no-stream');
    const seen = collect(reader, 0);
    await seen.until((events) => events.length === 1, 5000);
    await writer.append('a', [newEvent()], 0);
    reader.appendedElsewhere();
    await seen.until((events) => events.length === 2, 5000);
    await seen.subscription.close();
  });
});
