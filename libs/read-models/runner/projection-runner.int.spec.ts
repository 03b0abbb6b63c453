import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NewEvent } from '../../event-store/envelope';
import { EventStore } from '../../event-store/event-store.port';
import { SqliteEventStore } from '../../event-store/sqlite-event-store';
import { customer360Projection } from '../customer/customer-360.projection';
import { customerHistoryProjection } from '../customer/customer-history.projection';
import { SqliteDocumentStore } from '../sqlite/sqlite-document-store';
import { ProjectionRunner } from './projection-runner';
import { activeCollection } from './registry';
import { DocumentStore } from '../document-store.port';
import { nameTokens } from '../customer/name-tokens';

/** Reads the live (blue/green) collection of a projection, as the API's query handlers do. */
async function live(store: DocumentStore, projection: string) {
  return store.collection(await activeCollection(store, projection));
}
const findCustomer360 = async (store: DocumentStore, id: string) => (await live(store, 'customer-360')).findOne({ _id: id });
const searchCustomers = async (store: DocumentStore, filter: Record<string, unknown>) =>
  (await live(store, 'customer-360')).find(filter, { sort: { _id: 1 } });
const customerTimeline = async (store: DocumentStore, customerId: string) =>
  (await live(store, 'customer-history')).find({ customerId }, { sort: { occurredAt: 1, position: 1 } });

const meta = { actor: 'key-1', correlationId: 'corr', source: 'api' as const };
const registered = (id: string, name: string, email: string): NewEvent => ({
  eventId: `reg-${id}`, type: 'crm.customer.registered', schemaVersion: 1, subjectId: id, occurredAt: '2024-02-01T00:00:00.000Z', metadata: meta,
  data: { customerId: id, kind: 'person', country: 'IR' },
  personal: { name, contactPoints: [{ id: 'cp1', type: 'email', value: email }], addresses: [], externalRefs: [] },
});
const call = (id: string, customerId: string, at: string): NewEvent => ({
  eventId: `call-${id}`, type: 'crm.interaction.recorded', schemaVersion: 1, subjectId: customerId, occurredAt: at, metadata: meta,
  data: { interactionId: id, customerId, channel: 'phone', direction: 'inbound' }, personal: { subject: `call ${id}` },
});

/** An event store that shows only the log up to `limit`: a rebuild that stopped reading early. */
const truncated = (inner: EventStore, limit: number): EventStore => ({
  ...inner,
  readAll: async ({ after, limit: n }) => (await inner.readAll({ after, limit: n })).filter((e) => e.position <= limit),
  headPosition: async () => Math.min(limit, await inner.headPosition()),
});

describe('ProjectionRunner on SQLite', () => {
  let dir: string;
  let events: SqliteEventStore;
  let store: SqliteDocumentStore;
  let runner: ProjectionRunner;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rm-runner-'));
    events = new SqliteEventStore(join(dir, 'events.db'), { pollIntervalMs: 20 });
    store = new SqliteDocumentStore(join(dir, 'read-models.db'));
    runner = new ProjectionRunner({ eventStore: events, store, projections: [customer360Projection, customerHistoryProjection], registryPollMs: 0 });
    await runner.start();
  });
  afterEach(async () => {
    await runner.stop();
    await events.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the 360 view, search and timeline once the read models reach the written position', async () => {
    await events.append('customer-c1', [registered('c1', 'مریم حسینی', 'maryam@example.com')], 'no-stream');
    await events.append('interaction-i1', [call('i1', 'c1', '2024-02-03T00:00:00.000Z')], 'no-stream');
    const { position } = await events.append('interaction-i2', [call('i2', 'c1', '2024-02-02T00:00:00.000Z')], 'no-stream');
    expect(await runner.waitForPosition(position, 5000)).toBe(true);
    expect(await findCustomer360(store, 'c1')).toMatchObject({ name: 'مریم حسینی', revision: 0, interactions: { countsByChannel: { phone: 2 } } });
    expect((await searchCustomers(store, { nameTokens: { $all: nameTokens('مريم') } })).map((c) => c.customerId)).toEqual(['c1']);
    expect((await searchCustomers(store, { emails: 'maryam@example.com' })).map((c) => c.customerId)).toEqual(['c1']);
    expect((await customerTimeline(store, 'c1')).map((e) => e.eventId ?? e._id)).toEqual(['reg-c1', 'call-i2', 'call-i1']);
  });

  it('follows a switch by another connection whose rebuild is behind, replaying the gap into the new collection', async () => {
    await events.append('customer-c1', [registered('c1', 'Ana', 'ana@example.com')], 'no-stream');
    await events.append('interaction-i1', [call('i1', 'c1', '2024-02-03T00:00:00.000Z')], 'no-stream');
    const { position } = await events.append('interaction-i2', [call('i2', 'c1', '2024-02-04T00:00:00.000Z')], 'no-stream');
    await runner.waitForPosition(position, 5000);

    const otherStore = new SqliteDocumentStore(join(dir, 'read-models.db'));
    const other = new ProjectionRunner({ eventStore: truncated(events, 1), store: otherStore, projections: [customer360Projection] });
    const { collection } = await other.rebuild('customer-360');
    await otherStore.close();
    expect(await activeCollection(store, 'customer-360')).toBe(collection);

    const next = await events.append('interaction-i3', [call('i3', 'c1', '2024-02-05T00:00:00.000Z')], 'no-stream');
    expect(await runner.waitForPosition(next.position, 5000)).toBe(true);
    expect(await findCustomer360(store, 'c1')).toMatchObject({ _position: 4, interactions: { countsByChannel: { phone: 3 } } });
    expect(await store.listCollections()).not.toContain('customer-360');
  });
});
