import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStore } from '../../../libs/event-store/event-store.port';
import { SqliteEventStore } from '../../../libs/event-store/sqlite-event-store';
import { DocumentStore } from '../../../libs/read-models/document-store.port';
import { ProjectionRunner } from '../../../libs/read-models/runner/projection-runner';
import { activeCollection } from '../../../libs/read-models/runner/registry';
import { SqliteDocumentStore } from '../../../libs/read-models/sqlite/sqlite-document-store';
import { startApiProcess } from '../../../libs/testing/api-process';
import { EncryptingEventStore } from '../../../libs/privacy/encrypting-event-store';
import { embeddedSubjectKeys } from '../../../libs/privacy/keys/testing/subject-keys-for-tests';
import { allProjections } from './infrastructure/projections';

const KEY = 'crm_e2e_admin_key_for_the_kill_test_0123456789';
const auth = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };

interface Ack {
  id: string;
  position: number;
  stream: string;
}

/** Keeps `writers` loops of commands going until told to stop; remembers every acknowledged one. */
function commandLoad(baseUrl: string, writers: number) {
  const acks: Ack[] = [];
  let stopped = false;
  const loop = async (writer: number) => {
    let customerId: string | undefined;
    for (let i = 0; !stopped; i++) {
      try {
        const register = !customerId || i % 4 === 0;
        const res = register
          ? await fetch(`${baseUrl}/v1/customers`, { method: 'POST', headers: auth, body: JSON.stringify({ kind: 'person', name: `Writer ${writer} #${i}`, allowDuplicate: true }) })
          : await fetch(`${baseUrl}/v1/customers/${customerId}/interactions`, { method: 'POST', headers: auth, body: JSON.stringify({ channel: 'web', direction: 'inbound', subject: `visit ${i}` }) });
        if (res.status !== 201) continue;
        const body = (await res.json()) as { id: string; position: number };
        if (register) customerId = body.id;
        acks.push({ id: body.id, position: body.position, stream: register ? `customer-${body.id}` : `interaction-${body.id}` });
      } catch {
        // The process was killed under this request: it was never acknowledged.
      }
    }
  };
  const running = Promise.all(Array.from({ length: writers }, (_, w) => loop(w)));
  return { acks, stop: async () => { stopped = true; await running; } };
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function collectionDocs(store: DocumentStore, projection: string) {
  const docs = await store.collection(await activeCollection(store, projection)).find({}, { sort: { _id: 1 } });
  return docs.map(({ _poisoned, ...doc }) => ({ ...doc, poisoned: Boolean(_poisoned) }));
}

describe('an API process killed with SIGKILL while commands are in flight', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'crm-kill-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('keeps every acknowledged command and rebuilds read models equal to a fresh rebuild after restart', async () => {
    const env = { CRM_DATA_DIR: dataDir, CRM_BOOTSTRAP_KEY: KEY };
    const first = await startApiProcess(env);
    const load = commandLoad(first.baseUrl, 16);
    await waitUntil(() => load.acks.length >= 400, 60_000);
    await first.stop('SIGKILL');
    await load.stop();
    const acknowledged = [...load.acks];

    const second = await startApiProcess(env);
    const after = await fetch(`${second.baseUrl}/v1/customers/${acknowledged[0].id}`, { headers: auth });
    expect(after.status).toBe(200);
    await second.stop('SIGTERM');

    const events: EventStore = new SqliteEventStore(join(dataDir, 'events.db'));
    const live: DocumentStore = new SqliteDocumentStore(join(dataDir, 'read-models.db'));
    const fresh: DocumentStore = new SqliteDocumentStore(join(dataDir, 'fresh-read-models.db'));
    try {
      for (const ack of acknowledged) {
        const stream = await events.readStream(ack.stream);
        expect(stream.some((event) => event.position === ack.position)).toBe(true);
      }
      const head = await events.headPosition();
      // The fresh rebuild opens the log with the process's own subject keys.
      const keys = embeddedSubjectKeys(dataDir);
      const opened = new EncryptingEventStore(events, keys);
      const runner = new ProjectionRunner({ eventStore: opened, store: fresh, projections: allProjections, registryPollMs: 0 });
      await runner.start();
      expect(await runner.waitForPosition(head, 60_000)).toBe(true);
      await runner.stop();
      await keys.close();
      for (const projection of ['customer-360', 'customer-history']) {
        expect(await collectionDocs(live, projection)).toEqual(await collectionDocs(fresh, projection));
      }
    } finally {
      await Promise.all([events.close(), live.close(), fresh.close()]);
    }
  }, 180_000);
});
