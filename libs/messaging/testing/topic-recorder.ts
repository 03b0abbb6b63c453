import { Consumer, Kafka } from 'kafkajs';
import { EventEnvelope } from '../../event-store/envelope';
import { fromCloudEvent } from '../cloudevents';

export interface RecordedMessage {
  partition: number;
  key: string;
  contentType: string;
  event: EventEnvelope;
}

/**
 * Reads a whole topic with a plain kafkajs consumer, so relay tests check what is really on the
 * wire (partition, key, headers) without trusting our own consumer. A short fetch wait keeps
 * `stop()` quick: kafkajs lets the open long-poll run out before disconnecting.
 */
export class TopicRecorder {
  readonly messages: RecordedMessage[] = [];

  private constructor(private readonly consumer: Consumer) {}

  static async start(kafka: Kafka, topic: string, groupId = `recorder-${topic}`): Promise<TopicRecorder> {
    const consumer = kafka.consumer({ groupId, sessionTimeout: 6000, heartbeatInterval: 500, maxWaitTimeInMs: 200 });
    const recorder = new TopicRecorder(consumer);
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        recorder.messages.push({
          partition,
          key: message.key?.toString() ?? '',
          contentType: message.headers?.['content-type']?.toString() ?? '',
          event: fromCloudEvent(message.value),
        });
      },
    });
    return recorder;
  }

  eventIds(): Set<string> {
    return new Set(this.messages.map((m) => m.event.eventId));
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }
}
