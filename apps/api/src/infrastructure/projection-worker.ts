import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { SqliteEventStore } from '../../../../libs/event-store/sqlite-event-store';
import { EncryptingEventStore } from '../../../../libs/privacy/encrypting-event-store';
import { CustodiedSubjectKeys } from '../../../../libs/privacy/keys/custodied-subject-keys';
import { MasterKey } from '../../../../libs/privacy/keys/master-key';
import { errorMessage } from '../../../../libs/read-models/runner/parked-events';
import { ProjectionRunner } from '../../../../libs/read-models/runner/projection-runner';
import { openDocumentStore, openEventStore } from './infrastructure';
import { openKeyRecords } from './open-subject-keys';
import { FromWorker, ProjectionWorkerData, ToWorker } from './projection-thread-messages';
import { allProjections } from './projections';

/**
 * The projection runner of the embedded deployment, in a worker thread: the same runner and
 * projections as on the request loop, over its own connections to the log, the read models and
 * the key store. Checkpoints live in the read models, so a restarted worker resumes exactly.
 */
async function main(port: NonNullable<typeof parentPort>, data: ProjectionWorkerData): Promise<void> {
  const send = (message: FromWorker) => port.postMessage(message);
  // On Linux a nice value belongs to a thread: this lowers the projections, not the API's loop.
  if (data.config.projectionThreadNice > 0 && process.platform === 'linux') setPriority(data.config.projectionThreadNice);
  const rawEventStore = openEventStore(data.config);
  const documentStore = openDocumentStore(data.config);
  // The API already moved, resealed and checked the keys at its start; this side only reads them.
  const { masterKey } = data.config.keys;
  const subjectKeys = new CustodiedSubjectKeys(openKeyRecords(data.config), masterKey && new MasterKey(Buffer.from(masterKey)));
  const eventStore = new EncryptingEventStore(rawEventStore, subjectKeys);
  const runner = new ProjectionRunner({
    eventStore, store: documentStore, projections: allProjections, batchSize: data.config.projectionBatchEvents, onError: (error) => send({ kind: 'error', message: errorMessage(error) }),
  });
  const forwarded = (type: string) => data.forwardTypePrefixes.some((prefix) => type.startsWith(prefix));
  runner.onApplied((events) => send({ kind: 'applied', status: runner.status(), forwarded: events.filter((e) => forwarded(e.type)) }));
  let stopping = false;
  if (rawEventStore instanceof SqliteEventStore) void wakeOnCommits(new Int32Array(data.commits), () => !stopping, () => rawEventStore.appendedElsewhere());
  port.on('message', (message: ToWorker) => {
    if (message.kind === 'stop') {
      stopping = true;
      void (async () => {
        await runner.stop();
        await eventStore.close();
        await documentStore.close();
        await subjectKeys.close();
        send({ kind: 'stopped' });
        port.close();
      })();
    }
  });
  await runner.start();
  send({ kind: 'started', status: runner.status() });
}

/**
 * Wakes the log subscription whenever the API's commit counter moves. No wake is lost: the API
 * bumps the counter before it reads the waiting flag, this side raises the flag before it waits
 * on the counter's last seen value, so either the API notifies or the wait returns at once.
 * While a wake-up is being handled the flag is down: commits made meanwhile cost the API no
 * notify and are picked up together by the next look.
 */
async function wakeOnCommits(commits: Int32Array, live: () => boolean, wake: () => void): Promise<void> {
  let seen = Atomics.load(commits, 0);
  while (live()) {
    Atomics.store(commits, 1, 1);
    // Bounded so that a stopping worker is not held by a wait nobody will end.
    const waited = waitAsync(commits, 0, seen, 1000);
    if (waited.async) await waited.value;
    Atomics.store(commits, 1, 0);
    const now = Atomics.load(commits, 0);
    if (now !== seen) {
      wake();
      // Let the subscription read and apply what it was woken for before waiting again.
      await new Promise((resolve) => setImmediate(resolve));
    }
    seen = now;
  }
}

/** Node 20 has Atomics.waitAsync; the ES2022 lib this project compiles against does not declare it. */
const waitAsync = (Atomics as unknown as {
  waitAsync(array: Int32Array, index: number, value: number, timeoutMs: number): { async: boolean; value: Promise<string> | string };
}).waitAsync;

if (parentPort) {
  const port = parentPort;
  main(port, workerData as ProjectionWorkerData).catch((error) => {
    // Thrown out of the thread: the API sees the exit, logs it and starts a new worker.
    setImmediate(() => {
      throw error;
    });
  });
}
