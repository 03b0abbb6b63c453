import { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { EventEnvelope } from '../../event-store/envelope';
import { fromCloudEvent } from '../cloudevents';

/** Where a batch came from: one partition of one topic, in offset order. */
export interface BatchSource {
  topic: string;
  partition: number;
  /** The `traceparent` headers of the batch's messages (the relay's publish spans), for the handler to link. */
  traceparents?: string[];
}

export type EnvelopeBatchHandler = (events: EventEnvelope[], source: BatchSource) => Promise<void>;

export interface KafkaEventConsumerOptions {
  kafka: Kafka;
  groupId: string;
  topic: string;
  /** Gets one partition's batch at a time, in offset order; offsets are committed once it resolves. */
  handler: EnvelopeBatchHandler;
  /** A group with no committed offset starts at the oldest message (default) or only sees new ones. */
  fromBeginning?: boolean;
  sessionTimeout?: number;
  heartbeatInterval?: number;
  /** Longest a fetch waits for new messages; also how long `stop()` may wait. Default 1000 ms. */
  maxWaitTimeInMs?: number;
  /** A message that is not one of our CloudEvents is skipped (and committed) after this is called. */
  onUndecodable?: (message: KafkaMessage, partition: number, error: Error) => void;
  /** kafkajs gave up (non-retriable error or retries exhausted); the member has left the group. */
  onCrash?: (error: Error) => void;
}

/**
 * A consumer-group member turning CloudEvents back into envelopes. At-least-once: if the handler
 * rejects or the process dies first, the batch is delivered again (to whichever member owns the
 * partition then), so handlers must be idempotent, as projections are by position.
 */
export class KafkaEventConsumer {
  private assigned: number[] = [];

  private constructor(
    private readonly consumer: Consumer,
    private readonly options: KafkaEventConsumerOptions,
  ) {}

  static async start(options: KafkaEventConsumerOptions): Promise<KafkaEventConsumer> {
    const consumer = options.kafka.consumer({
      groupId: options.groupId,
      sessionTimeout: options.sessionTimeout ?? 30_000,
      heartbeatInterval: options.heartbeatInterval ?? Math.floor((options.sessionTimeout ?? 30_000) / 10),
      maxWaitTimeInMs: options.maxWaitTimeInMs ?? 1000,
      allowAutoTopicCreation: false,
    });
    const self = new KafkaEventConsumer(consumer, options);
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      self.assigned = [...(payload.memberAssignment[options.topic] ?? [])].sort((a, b) => a - b);
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart) options.onCrash?.(payload.error);
    });
    await consumer.connect();
    await consumer.subscribe({ topic: options.topic, fromBeginning: options.fromBeginning ?? true });
    await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: (payload) => self.onBatch(payload) });
    return self;
  }

  /** Partitions of the topic this member owns since the last rebalance. */
  assignment(): number[] {
    return this.assigned;
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }

  private async onBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    if (batch.messages.length === 0 || !isRunning() || isStale()) return;
    const events: EventEnvelope[] = [];
    const traceparents: string[] = [];
    for (const message of batch.messages) {
      try {
        events.push(fromCloudEvent(message.value));
        const traceparent = message.headers?.traceparent;
        if (traceparent) traceparents.push(traceparent.toString());
      } catch (error) {
        this.options.onUndecodable?.(message, batch.partition, error as Error);
      }
    }
    if (events.length > 0) await this.options.handler(events, { topic: batch.topic, partition: batch.partition, traceparents });
    const last = batch.lastOffset();
    resolveOffset(last);
    // Committed offsets name the next message to read, hence +1.
    await this.consumer.commitOffsets([
      { topic: batch.topic, partition: batch.partition, offset: (BigInt(last) + 1n).toString() },
    ]);
    await heartbeat();
  }
}
