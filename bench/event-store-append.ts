import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { NewEvent } from '../libs/event-store/envelope';
import { ExpectedRevision } from '../libs/event-store/event-store.port';
import { SqliteEventStore } from '../libs/event-store/sqlite-event-store';
import { openEventsDatabase } from '../libs/event-store/sqlite-schema';
import { Figure } from './figure';

const DEFAULT_SECONDS = 3;

/** About 500 bytes of JSON across data, personal and metadata, like a typical CRM fact. */
function benchEvent(): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'crm.opportunity.stage-changed',
    schemaVersion: 1,
    subjectId: 'cus_01HZX3V5R8Q2K7M9N4P6T0W1Y2',
    occurredAt: new Date().toISOString(),
    data: {
      opportunityId: 'opp_01HZX3V5R8Q2K7M9N4P6T0W1Y2',
      from: 'qualified',
      to: 'proposal',
      amount: { value: 125000.5, currency: 'EUR' },
      probability: 0.4,
      ownerId: 'usr_7f3a9c',
      reason: 'Budget confirmed by the procurement team after the second demo.',
    },
    personal: { contactName: 'Sara Ahmadi', email: 'sara.ahmadi@example.com', phone: '+989121234567' },
    metadata: { actor: 'key_live_4f9a', correlationId: randomUUID(), source: 'api' },
  };
}

interface Tally {
  count: number;
  ms: number;
  transactions: number;
}

async function storeAppends(file: string, writers: number, ms: number, into: Tally): Promise<void> {
  const store = new SqliteEventStore(file);
  const start = performance.now();
  const deadline = start + ms;
  // Each writer is one command handler: append one event to its own stream, await, repeat.
  const writer = async (w: number): Promise<void> => {
    let expected: ExpectedRevision = 'no-stream';
    while (performance.now() < deadline) {
      expected = (await store.append(`bench-${w}`, [benchEvent()], expected)).revision;
      into.count += 1;
    }
  };
  await Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));
  into.ms += performance.now() - start;
  into.transactions += store.stats().transactions;
  await store.close();
}

/** The same rows through bare better-sqlite3: the ceiling the store is measured against. */
function rawInserts(file: string, rowsPerTransaction: number, ms: number, into: Tally): void {
  const db = new Database(file);
  openEventsDatabase(db);
  const insert = db.prepare(
    `INSERT INTO events (event_id, stream_id, revision, type, schema_version, subject_id,
       occurred_at, recorded_at, data, personal, metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const sample = benchEvent();
  const [data, personal] = [JSON.stringify(sample.data), JSON.stringify(sample.personal)];
  let rows = 0;
  const commit = db.transaction(() => {
    for (let i = 0; i < rowsPerTransaction; i++, rows++) {
      const recordedAt = new Date().toISOString();
      insert.run(randomUUID(), `raw-${rows % 64}`, Math.floor(rows / 64), sample.type, 1, sample.subjectId, recordedAt, recordedAt, data, personal, JSON.stringify(sample.metadata));
    }
  });
  const start = performance.now();
  while (performance.now() < start + ms) commit.immediate();
  into.ms += performance.now() - start;
  into.count += rows;
  into.transactions += rows / rowsPerTransaction;
  db.close();
}

const rate = (t: Tally): number => (t.count / t.ms) * 1000;

/**
 * Durable appends/s through SqliteEventStore with 1, 8 and 64 concurrent writers, beside raw
 * better-sqlite3 inserts of the same rows (WAL, synchronous=FULL) one per transaction and
 * 64 per transaction. The disk is shared, so the runs are interleaved in rounds (each on a
 * fresh file) so that a slow moment weighs on store and baseline alike.
 */
export async function benchAppends(dir: string, seconds = DEFAULT_SECONDS, rounds = 3): Promise<Figure[]> {
  const slice = (seconds * 1000) / rounds;
  const tally = (): Tally => ({ count: 0, ms: 0, transactions: 0 });
  const raw1 = tally();
  const raw64 = tally();
  const stores = new Map([1, 8, 64].map((writers) => [writers, tally()]));
  for (let round = 0; round < rounds; round++) {
    rawInserts(join(dir, `raw-1-${round}.db`), 1, slice, raw1);
    rawInserts(join(dir, `raw-64-${round}.db`), 64, slice, raw64);
    for (const [writers, into] of stores) await storeAppends(join(dir, `store-${writers}-${round}.db`), writers, slice, into);
  }
  const baseline1 = { name: 'raw better-sqlite3, 1 row per commit', value: rate(raw1) };
  const baseline64 = { name: 'raw better-sqlite3, 64 rows per commit', value: rate(raw64) };
  const figures: Figure[] = [
    { ...baseline1, unit: 'rows/s' },
    { ...baseline64, unit: 'rows/s' },
  ];
  const targets = { 1: [baseline1, '>= 0.6x baseline'], 8: [baseline1, undefined], 64: [baseline64, '>= 0.5x baseline'] } as const;
  for (const [writers, t] of stores) {
    const [baseline, target] = targets[writers as 1 | 8 | 64];
    figures.push({ name: `SqliteEventStore, ${writers} writer(s)`, value: rate(t), unit: 'appends/s', baseline, target });
    figures.push({ name: `SqliteEventStore, ${writers} writer(s): mean group`, value: t.count / t.transactions, unit: 'appends/commit' });
  }
  return figures;
}
