import { Kafka, logLevel } from 'kafkajs';
import { EventEnvelope } from '../../event-store/envelope';

export interface KafkaClientOptions {
  brokers: string[];
  clientId?: string;
  /** kafkajs logs at INFO to the console by default; rebalances make that noisy. */
  logLevel?: logLevel;
}

export function createKafka(options: KafkaClientOptions): Kafka {
  return new Kafka({
    brokers: options.brokers,
    clientId: options.clientId ?? 'crm',
    logLevel: options.logLevel ?? logLevel.ERROR,
  });
}

/** The Kafka message key: the customer id keeps one customer's events in one partition, in order. */
export function messageKey(event: Pick<EventEnvelope, 'subjectId' | 'streamId'>): string {
  return event.subjectId ?? event.streamId;
}
