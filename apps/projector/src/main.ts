import { Admin } from 'kafkajs';
import { createKafka } from '../../../libs/messaging/kafka/kafka-client';
import { metric, startHealthServer, WorkerHealth } from '../../../libs/messaging/worker/health-server';
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
    onUndecodable: (message, partition, error) =>
      process.stderr.write(`skipped offset ${message.offset} of partition ${partition}: ${error.message}\n`),
  });
  const server = await startHealthServer(config.port, config.host, projectorHealth(config, projector, consumer, admin));
  process.stdout.write(`listening on http://${config.host}:${server.port}\n`);
  process.stdout.write(`projecting ${config.kafka.topic} in group ${config.groupId}; ready\n`);
  return {
    async stop() {
      // Leaving the group first hands the partitions over at once instead of after a session timeout.
      await consumer.stop();
      await admin.disconnect();
      await server.close();
      await projector.close();
      await store.close();
      await keys.close();
    },
  };
});

function projectorHealth(config: ProjectorConfig, projector: PartitionProjector, consumer: SupervisedConsumer, admin: Admin): WorkerHealth {
  const { stats } = projector;
  return {
    async ready() {
      return { ready: true, group: config.groupId, partitions: consumer.assignment(), positions: Object.fromEntries(stats.positions) };
    },
    async metrics() {
      const lag = await groupLag(admin, config.groupId, config.kafka.topic);
      const byPartition = (values: Map<number, number>): Array<[string, number]> => [...values].map(([p, v]) => [`partition="${p}"`, v]);
      return [
        metric('crm_projector_events_total', 'counter', 'Events this process applied (redeliveries included).', [['', stats.events]]),
        metric('crm_projector_batches_total', 'counter', 'Partition batches this process committed.', [['', stats.batches]]),
        metric('crm_projector_parked_events_total', 'counter', 'Poison events this process parked.', [['', stats.parked]]),
        metric('crm_projector_assigned_partitions', 'gauge', 'Partitions this member owns.', [['', consumer.assignment().length]]),
        metric('crm_projector_partition_position', 'gauge', 'Last log position this process committed per partition.', byPartition(stats.positions)),
        metric('crm_projector_partition_lag', 'gauge', 'Messages the group has not committed yet, per partition.', byPartition(lag)),
      ].join('');
    },
  };
}
