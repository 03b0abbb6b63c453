import { ApiConfig, Env, KafkaConfig, loadConfig, loadKafkaConfig } from '../../api/src/config/config';

export interface RelayConfig {
  port: number;
  host: string;
  dataDir: string;
  eventStore: ApiConfig['eventStore'];
  kafka: KafkaConfig;
}

/**
 * The same variables as the API (one ConfigMap serves all processes), validated the same way;
 * KAFKA_BROKERS is required whatever FANOUT says, since relaying to Kafka is all the relay does.
 */
export function loadRelayConfig(env: Env = process.env): RelayConfig {
  const shared = loadConfig(env);
  return {
    port: shared.port,
    host: shared.host,
    dataDir: shared.dataDir,
    eventStore: shared.eventStore,
    kafka: shared.fanout.kind === 'kafka' ? shared.fanout : loadKafkaConfig(env, 'by the relay'),
  };
}
