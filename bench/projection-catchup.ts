import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { NewEvent } from '../libs/event-store/envelope';
import { SqliteEventStore } from '../libs/event-store/sqlite-event-store';
import { customer360Projection } from '../libs/read-models/customer/customer-360.projection';
import { customerHistoryProjection } from '../libs/read-models/customer/customer-history.projection';
import { ProjectionRunner } from '../libs/read-models/runner/projection-runner';
import { SqliteDocumentStore } from '../libs/read-models/sqlite/sqlite-document-store';
import { Figure } from './figure';

const EVENTS_PER_CUSTOMER = 10;
const CHANNELS = ['web', 'phone', 'email', 'chat', 'sms'];
const meta = { actor: 'key_live_4f9a', correlationId: 'corr-bench', source: 'import' as const };

/** The k-th event of customer c: a registration, then profile, contact, consent and interactions. */
function customerEvent(c: number, k: number, seq: number): { stream: string; event: NewEvent } {
  const customerId = `cus_${c}`;
  const occurredAt = new Date(Date.UTC(2024, 0, 1) + seq * 1000).toISOString();
  const base = { eventId: `e${seq}`, schemaVersion: 1, subjectId: customerId, occurredAt, metadata: meta };
  const stream = `customer-${customerId}`;
  if (k === 0) return { stream, event: { ...base, type: 'crm.customer.registered',
    data: { customerId, kind: 'person', country: c % 3 ? 'IR' : 'DE', timeZone: 'Asia/Tehran', preferredLanguage: 'fa-IR', currency: 'IRR' },
    personal: { name: c % 2 ? `سارا احمدی ${c}` : `Anna Schmidt ${c}`,
      contactPoints: [{ id: 'cp1', type: 'email', value: `user${c}@example.com` }, { id: 'cp2', type: 'phone', value: `+98912${String(c).padStart(7, '0')}` }],
      addresses: [{ lines: ['Valiasr St 12'], city: 'Tehran' }], externalRefs: [{ system: 'erp', id: `E-${c}` }] } } };
  if (k === 1) return { stream, event: { ...base, type: 'crm.customer.profile-changed', data: { customerId, partnerId: `partner-${c % 50}` }, personal: {} } };
  if (k === 2) return { stream, event: { ...base, type: 'crm.customer.consent-granted', data: { customerId, purpose: 'marketing', channel: 'email', source: 'web-form' } } };
  if (k === 3) return { stream, event: { ...base, type: 'crm.customer.contact-point-added',
    data: { customerId, contactPointId: 'cp3', contactPointType: 'email' }, personal: { value: `work${c}@example.com` } } };
  return { stream: `interaction-i${seq}`, event: { ...base, type: 'crm.interaction.recorded',
    data: { interactionId: `i${seq}`, customerId, channel: CHANNELS[seq % CHANNELS.length], direction: seq % 2 ? 'inbound' : 'outbound', agent: 'agent-7' },
    personal: { subject: 'Question about the last invoice', summary: 'Customer asked for a copy of the invoice and a payment plan.' } } };
}

/** Appends `events` interleaved across customers (a window of 1000 active customers), 2000 appends in flight. */
export async function writeLog(store: SqliteEventStore, events: number): Promise<void> {
  const customers = Math.ceil(events / EVENTS_PER_CUSTOMER);
  const window = Math.min(1000, customers);
  let pending: Promise<unknown>[] = [];
  let seq = 0;
  for (let block = 0; block < customers; block += window) {
    for (let k = 0; k < EVENTS_PER_CUSTOMER; k++) {
      for (let c = block; c < Math.min(block + window, customers) && seq < events; c++) {
        const { stream, event } = customerEvent(c, k, ++seq);
        pending.push(store.append(stream, [event], 'any'));
        if (pending.length >= 2000) { await Promise.all(pending); pending = []; }
      }
    }
  }
  await Promise.all(pending);
}

/**
 * Catch-up of customer-360 + customer-history and a blue/green rebuild, beside a raw read of
 * the same events from SQLite in the same run.
 */
export async function benchCatchUp(dir: string, events: number): Promise<Figure[]> {
  const eventStore = new SqliteEventStore(join(dir, 'events.db'));
  await writeLog(eventStore, events);
  const head = await eventStore.headPosition();

  let start = performance.now();
  for (let after = 0; after < head;) after = (await eventStore.readAll({ after, limit: 1000 })).at(-1)?.position ?? head;
  const rawRate = head / ((performance.now() - start) / 1000);
  const baseline = { name: 'raw readAll from SQLite (events/s)', value: Math.round(rawRate) };

  const store = new SqliteDocumentStore(join(dir, 'read-models.db'));
  const runner = new ProjectionRunner({ eventStore, store, projections: [customer360Projection, customerHistoryProjection] });
  start = performance.now();
  await runner.start();
  await runner.waitForPosition(head, 3_600_000);
  const catchUpRate = head / ((performance.now() - start) / 1000);
  await runner.stop();

  const rebuild360 = await runner.rebuild('customer-360');
  const rebuildHistory = await runner.rebuild('customer-history');
  await store.close();
  await eventStore.close();
  return [
    { name: `catch-up customer-360 + customer-history, ${head} events`, value: Math.round(catchUpRate), unit: 'events/s', baseline },
    { name: `rebuild customer-360 (blue/green), ${head} events`, value: round(rebuild360.seconds), unit: 's', baseline,
      target: `>= 50000 events/s (${Math.round(head / rebuild360.seconds)} events/s)` },
    { name: `rebuild customer-history (blue/green), ${head} events`, value: round(rebuildHistory.seconds), unit: 's', baseline },
  ];
}

const round = (n: number) => Math.round(n * 100) / 100;

if (require.main === module) {
  const [dir, count] = process.argv.slice(2);
  void benchCatchUp(dir ?? '/tmp/rm-bench', Number(count ?? 200_000)).then((figures) => console.log(JSON.stringify(figures, null, 2)));
}
