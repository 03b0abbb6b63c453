import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { GetCustomerHandler } from '../apps/api/src/customers/queries/get-customer.handler';
import { GetCustomerQuery, SearchCustomersQuery } from '../apps/api/src/customers/queries/customer.queries';
import { SearchCustomersHandler } from '../apps/api/src/customers/queries/search-customers.handler';
import { encodeCursor } from '../apps/api/src/http/cursor';
import { ReadModels } from '../apps/api/src/read-side/read-models.service';
import { EventStore } from '../libs/event-store/event-store.port';
import { customer360Projection } from '../libs/read-models/customer/customer-360.projection';
import { foldName } from '../libs/domain/shared/name-folding';
import { Doc } from '../libs/read-models/document-store.port';
import { SqliteDocumentStore } from '../libs/read-models/sqlite/sqlite-document-store';
import { EnvelopeLog } from '../libs/read-models/testing/event-fixtures';
import { Figure } from './figure';

const FIRST = ['Hans', 'Hannah', 'Jürgen', 'Anna', 'Lukas', 'Mia', 'Jean', 'Marie', 'José', 'Lucía', 'Ali', 'Sara', 'Reza', 'Fatemeh', 'Taro', 'Yuki', 'Wei', 'Li', 'Olga', 'Ivan'];
const LAST = ['Müller', 'Schmidt', 'Groß', 'Weiß', 'Dupont', 'Martin', 'García', 'López', 'Karimi', 'Ahmadi', 'Rezaei', 'کریمی', '山田', '田中', 'Wang', 'Zhang', 'Ivanova', 'Novak', 'Berg', 'Öztürk'];

/** A customer as the projection builds it: registered with contact points and address, then three interactions (~1.5 KB). */
function customerDoc(i: number, log: EnvelopeLog): Doc {
  const id = `c${String(i).padStart(8, '0')}`;
  // Spread names over many last names: a suffix number makes 20 × 20 × 500 distinct full names.
  const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i % 500}`;
  const events = [
    log.customer(id, 'registered', { kind: 'person', country: 'DE', preferredLanguage: 'de-DE', timeZone: 'Europe/Berlin' }, {
      name, contactPoints: [{ id: 'cp1', type: 'email', value: `${id}@example.com` }, { id: 'cp2', type: 'phone', value: `+4930${String(i).padStart(8, '0')}` }],
      addresses: [{ lines: [`Hauptstraße ${i % 200}`, 'Hinterhaus'], city: 'Berlin', postalCode: '10115', country: 'DE' }], externalRefs: [{ system: 'erp', id: `E-${i}` }],
    }, `2025-${String(1 + (i % 12)).padStart(2, '0')}-01T09:00:00.000Z`),
    ...[1, 2, 3].map((k) => log.interaction(`${id}-i${k}`, id, k % 2 ? 'email' : 'phone', `2026-0${k}-0${1 + (i % 9)}T10:00:00.000Z`, `Anfrage ${k} zu Bestellung ${i}`)),
  ];
  let doc: Doc | null = null;
  for (const event of events) doc = { ...customer360Projection.evolve(doc, event, id)!, _position: event.position } as Doc;
  return doc!;
}

function percentiles(samples: number[]): { p50: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: sorted[Math.floor(sorted.length * 0.5)], p99: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] };
}

async function timed(runs: number, call: (i: number) => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < Math.min(50, runs); i++) await call(i); // warm statements and caches
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await call(i);
    samples.push(performance.now() - started);
  }
  return percentiles(samples);
}

/**
 * Reads of customer-360 at `customers` documents, in-process through the query handlers (no HTTP):
 * documents are built by the projection and written straight through the DocumentStore in
 * 5,000-document commits (no event log, no runner). Every figure sits beside the id lookup.
 */
export async function benchReads(dir: string, customers: number): Promise<Figure[]> {
  await mkdir(dir, { recursive: true });
  const store = new SqliteDocumentStore(join(dir, 'reads.db'));
  const fillStarted = performance.now();
  await store.ensureIndexes('customer-360', customer360Projection.indexes);
  const log = new EnvelopeLog();
  for (let i = 0; i < customers; i += 5000) {
    const batch = Array.from({ length: Math.min(5000, customers - i) }, (_, j) => ({ collection: 'customer-360', doc: customerDoc(i + j, log) }));
    await store.commit(batch);
  }
  const fillSeconds = (performance.now() - fillStarted) / 1000;
  const rssAfterFill = process.memoryUsage().rss / 1024 / 1024;
  const readModels = { collection: async (name: string) => store.collection(name) } as unknown as ReadModels;
  const get = new GetCustomerHandler(readModels, {} as EventStore);
  const search = new SearchCustomersHandler(readModels);
  const pick = (i: number) => (i * 7919 + 13) % customers;
  const idOf = (i: number) => `c${String(pick(i)).padStart(8, '0')}`;
  const collection = store.collection('customer-360');

  const runs = 2000;
  const idLookup = await timed(runs, (i) => collection.findOne({ _id: idOf(i) }));
  const view = await timed(runs, (i) => get.execute(new GetCustomerQuery(idOf(i))));
  const listPage = await timed(runs, (i) => search.execute(new SearchCustomersQuery({}, 50, encodeCursor([idOf(i)]))));
  const byName = await timed(runs / 4, async (i) => {
    const doc = await collection.findOne({ _id: idOf(i) });
    return search.execute(new SearchCustomersQuery({ sort: 'name' }, 50, encodeCursor([foldName(String(doc!.name)), doc!._id])));
  });
  const email = await timed(runs, (i) => search.execute(new SearchCustomersQuery({ email: `${idOf(i)}@example.com` }, 50)));
  const phone = await timed(runs, (i) => search.execute(new SearchCustomersQuery({ phone: `+4930${idOf(i).slice(1)}` }, 50)));
  const prefix = await timed(runs / 4, (i) => {
    const last = LAST[i % LAST.length];
    return search.execute(new SearchCustomersQuery({ q: `${FIRST[i % FIRST.length]} ${[...last].slice(0, 3).join('')}` }, 50));
  });
  const shortPrefix = await timed(runs / 4, (i) => search.execute(new SearchCustomersQuery({ q: [...LAST[i % LAST.length]].slice(0, 2).join('') }, 50)));
  const rss = process.memoryUsage().rss / 1024 / 1024;
  await store.close();

  const base = { name: 'id lookup p99 (DocumentStore findOne)', value: idLookup.p99 };
  const row = (name: string, p: { p50: number; p99: number }, target: string): Figure => ({ name: `${name} p99 @ ${customers} customers (p50 ${p.p50.toFixed(2)} ms)`, value: p.p99, unit: 'ms', baseline: base, target });
  return [
    { name: `fill ${customers} customer-360 documents (projection + DocumentStore commits)`, value: fillSeconds, unit: 's' },
    { name: 'id lookup p50', value: idLookup.p50, unit: 'ms' },
    row('360° view by id (GetCustomerHandler, 3 parts)', view, '<= 5 ms'),
    row('customer list page of 50 at a random cursor', listPage, '<= 20 ms'),
    row('customer list page of 50 by name at a random cursor', byName, '<= 20 ms'),
    row('email search', email, '<= 10 ms'),
    row('phone search', phone, '<= 10 ms'),
    row('name search, first name + 3-letter prefix', prefix, '<= 50 ms'),
    row('name search, 2-letter prefix alone', shortPrefix, '<= 50 ms'),
    { name: 'process RSS after the reads (the fill ran in this process too)', value: rss, unit: 'MB', baseline: { name: 'RSS after the fill, before the reads', value: rssAfterFill } },
  ];
}
