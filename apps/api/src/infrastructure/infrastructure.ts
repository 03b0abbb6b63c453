import { join } from 'node:path';
import { EventStore } from '../../../../libs/event-store/event-store.port';
import { SqliteEventStore } from '../../../../libs/event-store/sqlite-event-store';
import { DocumentStore } from '../../../../libs/read-models/document-store.port';
import { ProjectionRunner } from '../../../../libs/read-models/runner/projection-runner';
import { SqliteDocumentStore } from '../../../../libs/read-models/sqlite/sqlite-document-store';
import { ApiConfig, ConfigError } from '../config/config';
import { allProjections } from './projections';

/** The ports the API runs on, opened by the composition root from configuration. */
export interface Infrastructure {
  eventStore: EventStore;
  documentStore: DocumentStore;
  runner: ProjectionRunner;
  close(): Promise<void>;
}

export async function openInfrastructure(config: ApiConfig): Promise<Infrastructure> {
  const eventStore = openEventStore(config);
  const documentStore = openDocumentStore(config);
  const runner = new ProjectionRunner({ eventStore, store: documentStore, projections: allProjections });
  return {
    eventStore,
    documentStore,
    runner,
    async close() {
      await runner.stop();
      await eventStore.close();
      await documentStore.close();
    },
  };
}

function openEventStore(config: ApiConfig): EventStore {
  if (config.eventStore.kind === 'sqlite') return new SqliteEventStore(join(config.dataDir, 'events.db'));
  throw new ConfigError('EVENT_STORE', 'eventstoredb is not wired into the API yet; use sqlite');
}

function openDocumentStore(config: ApiConfig): DocumentStore {
  if (config.readModels.kind === 'sqlite') return new SqliteDocumentStore(join(config.dataDir, 'read-models.db'));
  throw new ConfigError('READ_MODELS', 'mongodb is not wired into the API yet; use sqlite');
}
