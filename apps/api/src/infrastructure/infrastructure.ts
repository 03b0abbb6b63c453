import { join } from 'node:path';
import { EventStore } from '../../../../libs/event-store/event-store.port';
import { SqliteEventStore } from '../../../../libs/event-store/sqlite-event-store';
import { DocumentStore } from '../../../../libs/read-models/document-store.port';
import { ProjectionRunner } from '../../../../libs/read-models/runner/projection-runner';
import { SqliteDocumentStore } from '../../../../libs/read-models/sqlite/sqlite-document-store';
import { ApiConfig } from '../config/config';
import { EncryptingEventStore } from '../../../../libs/privacy/encrypting-event-store';
import { SubjectKeyStore } from '../../../../libs/privacy/subject-keys';
import { openSubjectKeys } from './open-subject-keys';
import { allProjections } from './projections';
import { PositionTracker } from '../read-side/position-tracker';
import { StoredCheckpointTracker } from '../read-side/stored-checkpoint-tracker';
import { LeaseStore } from '../../../../libs/coordination/lease-store';
import { SqliteLeaseStore } from '../../../../libs/coordination/sqlite-lease-store';
import { RunningProjections } from '../../../../libs/read-models/runner/running-projections';
import { ProjectionThread } from './projection-thread';

/** The events the API process must hear of once applied, whoever runs the projections: key changes (key cache). */
const FORWARDED_EVENT_PREFIXES = ['crm.access.api-key-'];

/** The ports the API runs on, opened by the composition root from configuration. */
export interface Infrastructure {
  /** The log as commands and projections see it: personal fields opened with the subject's key. */
  eventStore: EventStore;
  /** The log as stored: personal fields sealed. What leaves the system (feed, SSE, Kafka) reads this. */
  rawEventStore: EventStore;
  subjectKeys: SubjectKeyStore;
  documentStore: DocumentStore;
  /** A runner on this loop: the CLI runs and rebuilds with it; the API only when CRM_PROJECTIONS_IN=loop. */
  runner: ProjectionRunner;
  /** What the API starts with FANOUT=inprocess: `runner`, or the same runner in a worker thread (the default). */
  projections: RunningProjections;
  /** Read-your-writes: the runner in-process, the Kafka projectors' checkpoints otherwise. */
  positions: PositionTracker;
  /**
   * What the service worker waits for: the read models as stored (the projections' checkpoints in
   * the read-model store, or the projectors' per-partition checkpoints with Kafka), never this
   * process's runner, so a worker without projections of its own waits correctly.
   */
  storedPositions: PositionTracker;
  /** Leases of work that must happen once (the service worker), apart from the read models. */
  leases: LeaseStore;
  close(): Promise<void>;
}

/** Seams for tests; production passes none. */
export interface InfrastructureOptions {
  /** The clock that stamps `recordedAt` in the embedded store (system time travel in tests). */
  now?: () => Date;
  /**
   * Whether this process runs the projections (the API with FANOUT=inprocess), so its runner
   * answers read-your-writes; a process that runs none (the worker) reads the stored checkpoints.
   */
  runsProjections?: boolean;
}

export async function openInfrastructure(config: ApiConfig, options: InfrastructureOptions = {}): Promise<Infrastructure> {
  const rawEventStore = openEventStore(config, options);
  const documentStore = openDocumentStore(config);
  let subjectKeys: SubjectKeyStore;
  try {
    subjectKeys = await openSubjectKeys(config, documentStore);
  } catch (error) {
    await documentStore.close();
    await rawEventStore.close();
    throw error;
  }
  const eventStore = new EncryptingEventStore(rawEventStore, subjectKeys);
  const runner = new ProjectionRunner({ eventStore, store: documentStore, projections: allProjections, batchSize: config.projectionBatchEvents });
  let projections: RunningProjections = runner;
  let stopWaking = () => undefined as unknown;
  // A process that runs no projections (the worker) starts no thread for them either.
  if (config.fanout.kind === 'inprocess' && config.projectionsIn === 'thread' && options.runsProjections !== false) {
    const thread = new ProjectionThread({
      config: {
        dataDir: config.dataDir, eventStore: config.eventStore, readModels: config.readModels, keys: config.keys,
        projectionBatchEvents: config.projectionBatchEvents, eventStoreCacheMb: config.eventStoreCacheMb, projectionThreadNice: config.projectionThreadNice,
      },
      forwardTypePrefixes: FORWARDED_EVENT_PREFIXES,
    });
    if (rawEventStore instanceof SqliteEventStore) stopWaking = rawEventStore.onCommit(() => thread.appended());
    projections = thread;
  }
  // Without projections of its own, read-your-writes reads the checkpoints as stored.
  let positions: PositionTracker = options.runsProjections === false ? new StoredCheckpointTracker(documentStore, eventStore, allProjections) : projections;
  let closePositions = async () => undefined as void;
  if (config.fanout.kind === 'kafka') {
    const { createKafka } = lazy<typeof import('../../../../libs/messaging/kafka/kafka-client')>('../../../../libs/messaging/kafka/kafka-client');
    const { KafkaPositionTracker } = lazy<typeof import('../../../../libs/messaging/kafka/kafka-position-tracker')>('../../../../libs/messaging/kafka/kafka-position-tracker');
    const tracker = new KafkaPositionTracker({
      kafka: createKafka({ brokers: config.fanout.brokers, clientId: 'crm-api' }), topic: config.fanout.topic, log: rawEventStore, store: documentStore,
    });
    positions = tracker;
    closePositions = () => tracker.close();
  }
  // The worker waits on what the store holds. Where this process runs the projections (embedded
  // API), the runner reports exactly what it committed there, so the costly dry run over the stored
  // documents (StoredCheckpointTracker: every new event through every projection, each round) is
  // left to processes that run none.
  const storedPositions = positions;
  const leases = openLeaseStore(config);
  return {
    eventStore,
    rawEventStore,
    subjectKeys,
    documentStore,
    runner,
    projections,
    positions,
    storedPositions,
    leases,
    async close() {
      stopWaking();
      await projections.stop();
      await runner.stop();
      await closePositions();
      await eventStore.close();
      await documentStore.close();
      await subjectKeys.close();
      await leases.close();
    },
  };
}

type EventStoreTuning = Pick<ApiConfig, 'projectionBatchEvents' | 'eventStoreCacheMb' | 'eventStoreGroupMax' | 'eventStoreCheckpointPages'>;

export function openEventStore(config: Pick<ApiConfig, 'eventStore' | 'dataDir'> & Partial<EventStoreTuning>, options: InfrastructureOptions = {}): EventStore {
  if (config.eventStore.kind === 'sqlite') {
    return new SqliteEventStore(join(config.dataDir, 'events.db'), {
      subscriptionBatchSize: config.projectionBatchEvents, cacheSizeMb: config.eventStoreCacheMb,
      maxGroupSize: config.eventStoreGroupMax, checkpointPages: config.eventStoreCheckpointPages, ...(options.now ? { now: options.now } : {}),
    });
  }
  const { EventStoreDbEventStore } = lazy<typeof import('../../../../libs/event-store/eventstoredb/eventstoredb-event-store')>('../../../../libs/event-store/eventstoredb/eventstoredb-event-store');
  return new EventStoreDbEventStore(config.eventStore.url);
}

export function openDocumentStore(config: Pick<ApiConfig, 'readModels' | 'dataDir'>): DocumentStore {
  if (config.readModels.kind === 'sqlite') return new SqliteDocumentStore(join(config.dataDir, 'read-models.db'), { cacheSizeMb: config.readModels.cacheMb });
  const { MongoDocumentStore } = lazy<typeof import('../../../../libs/read-models/mongodb/mongo-document-store')>('../../../../libs/read-models/mongodb/mongo-document-store');
  return new MongoDocumentStore(config.readModels.url);
}

export function openLeaseStore(config: Pick<ApiConfig, 'worker' | 'dataDir'>): LeaseStore {
  const { leases } = config.worker;
  if (leases.kind === 'sqlite') return new SqliteLeaseStore(join(config.dataDir, 'leases.db'));
  const { MongoLeaseStore } = lazy<typeof import('../../../../libs/coordination/mongo-lease-store')>('../../../../libs/coordination/mongo-lease-store');
  return new MongoLeaseStore(leases.url, leases.database);
}

/**
 * The EventStoreDB, MongoDB and Kafka clients take ~0.2 s to load: only the deployment that
 * uses them pays for it (the embedded default and every CLI call do not).
 */
function lazy<T>(path: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path) as T;
}
