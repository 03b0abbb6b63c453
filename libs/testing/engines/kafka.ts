import { TestEngine } from './engine';
import { kafkaJarsDir, startKafkaCluster } from './kafka-broker';

/** One Apache Kafka node (KRaft broker+controller) for every Kafka suite of the run. */
export const kafkaEngine: TestEngine = {
  name: 'kafka',
  async start() {
    if (!kafkaJarsDir()) return undefined;
    const started = performance.now();
    const cluster = await startKafkaCluster({ nodes: 1 });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    return {
      env: { CRM_TEST_KAFKA_BROKERS: cluster.brokers.join(','), CRM_TEST_KAFKA_VERSION: cluster.version },
      summary: `Apache Kafka ${cluster.version} (KRaft, broker+controller) on ${cluster.brokers.join(',')}, up in ${seconds} s`,
      stop: () => cluster.stop(),
    };
  },
};
