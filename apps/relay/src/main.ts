import { join } from 'node:path';
import { EventStore } from '../../../libs/event-store/event-store.port';
import { SqliteCheckpointStore } from '../../../libs/messaging/checkpoints/sqlite-checkpoint-store';
import { createKafka } from '../../../libs/messaging/kafka/kafka-client';
import { KafkaRelay } from '../../../libs/messaging/kafka/kafka-relay';
import { metric, startHealthServer, WorkerHealth } from '../../../libs/messaging/worker/health-server';
import { exitOnFailure, runWorker } from '../../../libs/messaging/worker/run-worker';
import { openEventStore } from '../../api/src/infrastructure/infrastructure';
import { loadRelayConfig } from './relay.config';

/**
 * The relay: the RAW log (personal fields still sealed) → Kafka, from a checkpoint kept in a
 * SQLite file in CRM_DATA_DIR whatever the log is (docs/distributed.md says why).
 */
runWorker(async () => {
  const config = loadRelayConfig();
  const store = openEventStore(config);
  const checkpoints = new SqliteCheckpointStore(join(config.dataDir, 'relay-checkpoints.db'));
  const kafka = createKafka({ brokers: config.kafka.brokers, clientId: 'crm-relay' });
  const relay = await KafkaRelay.start({ store, checkpoints, kafka, topic: config.kafka.topic, onError: exitOnFailure('relay') });
  const server = await startHealthServer(config.port, config.host, relayHealth(relay, store));
  process.stdout.write(`listening on http://${config.host}:${server.port}\n`);
  process.stdout.write(`relaying the log to ${config.kafka.topic} from position ${relay.position()}; ready\n`);
  return {
    async stop() {
      await relay.stop();
      await server.close();
      checkpoints.close();
      await store.close();
    },
  };
});

function relayHealth(relay: KafkaRelay, store: EventStore): WorkerHealth {
  return {
    async ready() {
      const error = relay.error();
      return { ready: !error, checkpoint: relay.position(), lag: await relay.lag(), ...(error && { error: error.message }) };
    },
    async metrics() {
      const head = await store.headPosition();
      return [
        metric('crm_log_head_position', 'gauge', 'Global position of the last event in the log.', [['', head]]),
        metric('crm_relay_checkpoint_position', 'gauge', 'Last log position Kafka acknowledged (the checkpoint).', [['', relay.position()]]),
        metric('crm_relay_lag', 'gauge', 'Head minus checkpoint: events not yet on Kafka (log positions on EventStoreDB, which are not dense).', [
          ['', Math.max(0, head - relay.position())],
        ]),
      ].join('');
    },
  };
}
