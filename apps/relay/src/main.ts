import { join } from 'node:path';
import { EventStore } from '../../../libs/event-store/event-store.port';
import { SqliteCheckpointStore } from '../../../libs/messaging/checkpoints/sqlite-checkpoint-store';
import { createKafka } from '../../../libs/messaging/kafka/kafka-client';
import { KafkaRelay } from '../../../libs/messaging/kafka/kafka-relay';
import { startHealthServer, WorkerHealth } from '../../../libs/messaging/worker/health-server';
import { createLogger } from '../../../libs/observability/logger';
import { logHeadPosition, relayCheckpoint, relayLag } from '../../../libs/observability/metrics';
import { startTracing } from '../../../libs/observability/tracing-setup';
import { exitOnFailure, runWorker } from '../../../libs/messaging/worker/run-worker';
import { openEventStore } from '../../api/src/infrastructure/infrastructure';
import { loadRelayConfig } from './relay.config';

/**
 * The relay: the RAW log (personal fields still sealed) → Kafka, from a checkpoint kept in a
 * SQLite file in CRM_DATA_DIR whatever the log is (docs/distributed.md says why).
 */
runWorker(async () => {
  const config = loadRelayConfig();
  const stopTracing = startTracing({ serviceName: 'crm-relay', otlpEndpoint: config.observability.otlpEndpoint });
  const log = createLogger('crm-relay', config.observability.logLevel);
  const store = openEventStore(config);
  const checkpoints = new SqliteCheckpointStore(join(config.dataDir, 'relay-checkpoints.db'));
  const kafka = createKafka({ brokers: config.kafka.brokers, clientId: 'crm-relay' });
  const relay = await KafkaRelay.start({ store, checkpoints, kafka, topic: config.kafka.topic, onError: exitOnFailure('relay') });
  const server = await startHealthServer(config.port, config.host, relayHealth(relay, store), { metricsToken: config.observability.metricsToken });
  log.info(`listening on http://${config.host}:${server.port}`);
  log.info(`relaying the log to ${config.kafka.topic} from position ${relay.position()}; ready`);
  return {
    async stop() {
      await relay.stop();
      await server.close();
      checkpoints.close();
      await store.close();
      await stopTracing();
    },
  };
});

function relayHealth(relay: KafkaRelay, store: EventStore): WorkerHealth {
  return {
    async ready() {
      const error = relay.error();
      return { ready: !error, checkpoint: relay.position(), lag: await relay.lag(), ...(error && { error: error.message }) };
    },
    async refreshMetrics() {
      const head = await store.headPosition();
      logHeadPosition.set(head);
      relayCheckpoint.set(relay.position());
      relayLag.set(Math.max(0, head - relay.position()));
    },
  };
}
