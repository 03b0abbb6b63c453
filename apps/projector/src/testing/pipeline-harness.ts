import { join } from 'node:path';
import { EventEnvelope } from '../../../../libs/event-store/envelope';
import { SqliteEventStore } from '../../../../libs/event-store/sqlite-event-store';
import { messageKey } from '../../../../libs/messaging/kafka/kafka-client';
import { partitionCheckpointId, partitionOf } from '../../../../libs/messaging/kafka/partitioning';
import { waitFor } from '../../../../libs/testing/wait-for';
import { EncryptingEventStore } from '../../../../libs/privacy/encrypting-event-store';
import { embeddedSubjectKeys } from '../../../../libs/privacy/keys/testing/subject-keys-for-tests';
import { SubjectKeyStore } from '../../../../libs/privacy/subject-keys';
import { DocumentStore } from '../../../../libs/read-models/document-store.port';
import { ProjectionRunner } from '../../../../libs/read-models/runner/projection-runner';
import { activeCollection, CHECKPOINT_COLLECTION } from '../../../../libs/read-models/runner/registry';
import { SqliteDocumentStore } from '../../../../libs/read-models/sqlite/sqlite-document-store';
import { AppProcess } from '../../../../libs/testing/app-process';
import { allProjections } from '../../../api/src/infrastructure/projections';

export const ADMIN_KEY = 'crm_e2e_admin_key_for_the_kafka_pipeline_0123456789';
export const TOPIC = 'crm.events';
export const headers = { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' };

/** What /health/ready of a projector says about its share of the partitions. */
export async function assignedPartitions(projector: AppProcess): Promise<number[]> {
  const res = await fetch(`${projector.baseUrl}/health/ready`);
  return ((await res.json()) as { partitions?: number[] }).partitions ?? [];
}

/** The log as stored (sealed), read from the data directory the processes share. */
export async function readLog(dataDir: string): Promise<EventEnvelope[]> {
  const store = new SqliteEventStore(join(dataDir, 'events.db'));
  try {
    return await store.readAll({ after: 0, limit: 1_000_000 });
  } finally {
    await store.close();
  }
}

/** Waits until every partition's checkpoint covers the last event of the log that went there. */
export async function waitUntilProjected(dataDir: string, partitions: number, timeoutMs = 30_000): Promise<EventEnvelope[]> {
  const log = await readLog(dataDir);
  await withReadModels(dataDir, (store) => waitForCheckpoints(store, TOPIC, partitions, log, timeoutMs));
  return log;
}

/** Waits until, in `store`, every partition of `topic` has applied the last event of `log` sent there. */
export async function waitForCheckpoints(store: DocumentStore, topic: string, partitions: number, log: EventEnvelope[], timeoutMs = 30_000): Promise<void> {
  const last = new Map<number, number>();
  for (const event of log) last.set(partitionOf(messageKey(event), partitions), event.position);
  const checkpoints = store.collection(CHECKPOINT_COLLECTION);
  const behind = async () => {
    for (const [partition, position] of last) {
      const doc = await checkpoints.findOne({ _id: partitionCheckpointId(topic, partition) });
      if ((doc?._position ?? 0) < position) return true;
    }
    return false;
  };
  await waitFor(async () => !(await behind()), timeoutMs, `the projectors to apply all ${log.length} events`);
}

export async function withReadModels<T>(dataDir: string, work: (store: DocumentStore) => Promise<T>, file = 'read-models.db'): Promise<T> {
  const store = new SqliteDocumentStore(join(dataDir, file));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** A projection's documents, comparable across stores (`_poisoned` is bookkeeping). */
export async function documents(store: DocumentStore, projection: string): Promise<Record<string, unknown>[]> {
  const docs = await store.collection(await activeCollection(store, projection)).find({}, { sort: { _id: 1 } });
  return docs.map(({ _poisoned, ...doc }) => ({ ...doc, poisoned: Boolean(_poisoned) }));
}

/**
 * What the embedded deployment builds from the same log: a fresh ProjectionRunner into a new
 * SQLite file, opening personal fields with the shared subject keys (the embedded key file, or
 * the given key store, which it closes).
 */
export async function embeddedRebuild(
  dataDir: string, projections: string[], keys: SubjectKeyStore = embeddedSubjectKeys(dataDir),
): Promise<Record<string, Record<string, unknown>[]>> {
  const events = new SqliteEventStore(join(dataDir, 'events.db'));
  const fresh = new SqliteDocumentStore(join(dataDir, `embedded-${Date.now()}.db`));
  try {
    const runner = new ProjectionRunner({
      eventStore: new EncryptingEventStore(events, keys), store: fresh, projections: allProjections, registryPollMs: 0,
    });
    await runner.start();
    if (!(await runner.waitForPosition(await events.headPosition(), 60_000))) throw new Error('the embedded rebuild did not finish');
    await runner.stop();
    const result: Record<string, Record<string, unknown>[]> = {};
    for (const projection of projections) result[projection] = await documents(fresh, projection);
    return result;
  } finally {
    await Promise.all([events.close(), keys.close(), fresh.close()]);
  }
}

export interface Ack {
  customerId: string;
  position: number;
}

/**
 * `writers` loops of commands through the API (a registration, then interactions and profile
 * changes on it) until stopped; keeps every acknowledged command.
 */
export function commandLoad(baseUrl: string, writers: number) {
  const acks: Ack[] = [];
  const current = new Map<number, string>();
  let stopped = false;
  const post = async (path: string, body: unknown, method = 'POST') => {
    const res = await fetch(`${baseUrl}${path}`, { method, headers, body: JSON.stringify(body) });
    if (res.status !== 201 && res.status !== 200) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as { id: string; position: number };
  };
  const step = async (writer: number, i: number) => {
    if (i % 6 === 0) {
      const registered = await post('/v1/customers', { kind: 'person', name: `Kunde ${writer}-${i} Ünal`, country: 'DE' });
      current.set(writer, registered.id);
      acks.push({ customerId: registered.id, position: registered.position });
      return;
    }
    const customerId = current.get(writer)!;
    const answer = i % 3 === 0
      ? await post(`/v1/customers/${customerId}`, { name: `Kunde ${writer}-${i} Öztürk` }, 'PATCH')
      : await post(`/v1/customers/${customerId}/interactions`, { channel: 'email', direction: 'inbound', subject: `Anfrage ${i}`, summary: `Rückruf erbeten (${i})` });
    acks.push({ customerId, position: answer.position });
  };
  const loop = async (writer: number) => {
    for (let i = 0; !stopped; i++) {
      // One failed command stops every writer, so a failing test never leaves load running.
      await step(writer, i).catch((error: unknown) => {
        stopped = true;
        throw error;
      });
    }
  };
  const running = Promise.all(Array.from({ length: writers }, (_, w) => loop(w)));
  return { acks, stop: async () => { stopped = true; await running; } };
}
