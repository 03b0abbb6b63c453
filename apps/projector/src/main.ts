import { Admin } from 'kafkajs';
import { createKafka } from '../../../libs/messaging/kafka/kafka-client';
import { startHealthServer, WorkerHealth } from '../../../libs/messaging/worker/health-server';
import { createLogger } from '../../../libs/observability/logger';
import { consumerLag, projectorPartitionPosition, projectorPartitions } from '../../../libs/observability/metrics';
import { startTracing } from '../../../libs/observability/tracing-setup';
import { runWorker } from '../../../libs/messaging/worker/run-worker';
import { PersonalDataSealer } from '../../../libs/privacy/personal-data-sealer';
import { openDocumentStore, openEventStore } from '../../api/src/infrastructure/infrastructure';
import { openSubjectKeys } from '../../api/src/infrastructure/open-subject-keys';
import { allProjections } from '../../api/src/infrastructure/projections';
import { groupLag } from './consumer-lag';
import { SupervisedConsumer, superviseConsumer } from './supervised-consumer';
import { PartitionProjector } from './partition-projector';
import { loadProjectorConfig, ProjectorConfig } from './projector.config';

/**
 * A projector: one member of the consumer group KAFKA_GROUP_ID, running every projection of the
 * API into the configured DocumentStore. Start as many as the topic has partitions; any may die.
 */
runWorker(async () => {
  const config = loadProjectorConfig();
  const stopTracing = startTracing({ serviceName: 'crm-projector', otlpEndpoint: config.observability.otlpEndpoint });
  const log = createLogger('crm-projector', config.observability.logLevel);
  const store = openDocumentStore(config);
  const keys = await openSubjectKeys(config, store);
  const projector = new PartitionProjector({
    store,
    sealer: new PersonalDataSealer(keys),
    projections: allProjections,
    openLog: () => openEventStore(config),
  });
  await projector.start();
  const kafka = createKafka({ brokers: config.kafka.brokers, clientId: 'crm-projector' });
  const admin = kafka.admin();
  await admin.connect();
  const consumer = await superviseConsumer({
    kafka,
    groupId: config.groupId,
    topic: config.kafka.topic,
    sessionTimeout: config.sessionTimeoutMs,
    maxWaitTimeInMs: config.maxWaitMs,
    handler: (events, source) => projector.apply(events, source),
    onUndecodable: (message, partition, error) => log.warn({ partition, offset: message.offset }, `skipped an undecodable message: ${error.message}`),
  });
  const server = await startHealthServer(config.port, config.host, projectorHealth(config, projector, consumer, admin), { metricsToken: config.observability.metricsToken });
  log.info(`listening on http://${config.host}:${server.port}`);
  log.info(`projecting ${config.kafka.topic} in group ${config.groupId}; ready`);
  return {
    async stop() {
      // Leaving the group first hands the partitions over at once instead of after a session timeout.
      await consumer.stop();
      await admin.disconnect();
      await server.close();
      await projector.close();
      await store.close();
      await keys.close();
      await stopTracing();
    },
  };
});

function projectorHealth(config: ProjectorConfig, projector: PartitionProjector, consumer: SupervisedConsumer, admin: Admin): WorkerHealth {
  const { stats } = projector;
  return {
    async ready() {
      return { ready: true, group: config.groupId, partitions: consumer.assignment(), positions: Object.fromEntries(stats.positions) };
    },
    async refreshMetrics() {
      const lag = await groupLag(admin, config.groupId, config.kafka.topic);
      for (const [partition, messages] of lag) consumerLag.set({ group: config.groupId, partition: String(partition) }, messages);
      for (const [partition, position] of stats.positions) projectorPartitionPosition.set({ partition: String(partition) }, position);
      projectorPartitions.set(consumer.assignment().length);
    },
  };
}
