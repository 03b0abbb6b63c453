import { Kafka, Message, Partitioners, Producer } from 'kafkajs';
import { EventEnvelope } from '../../event-store/envelope';
import { EventStore, Subscription } from '../../event-store/event-store.port';
import { CheckpointStore } from '../checkpoints/checkpoint-store';
import { CLOUDEVENTS_JSON, CloudEventOptions, toCloudEvent } from '../cloudevents';
import { messageKey } from './kafka-client';
import { partitionOf } from './partitioning';
import { context, ROOT_CONTEXT, Span, trace } from '@opentelemetry/api';
import { relayCheckpoint, relayPublished } from '../../observability/metrics';
import { contextOf, currentTraceparent, failed, SpanKind, tracer } from '../../observability/tracing';

export interface KafkaRelayOptions {
  store: EventStore;
  checkpoints: CheckpointStore;
  kafka: Kafka;
  topic: string;
  /** Checkpoint name; default `kafka-relay:<topic>`. */
  name?: string;
  cloudEvents?: CloudEventOptions;
  /** Called once when producing (a non-retriable error) or checkpointing failed; the relay has stopped reading. */
  onError?: (error: Error) => void;
}

/**
 * Copies the event log to a Kafka topic as CloudEvents, key = customer id. At-least-once: the
 * checkpoint moves only after the broker acknowledged the batch (acks=-1), so a crash
 * re-sends at most the last unacknowledged batch; duplicates carry the same event id.
 */
export class KafkaRelay {
  private subscription?: Subscription;
  private inFlight: Promise<void> = Promise.resolve();
  private stopping = false;
  private failure?: Error;

  private constructor(
    private readonly options: KafkaRelayOptions,
    private producer: Producer,
    private readonly name: string,
    private checkpoint: number,
    private readonly partitions: number,
  ) {}

  static async start(options: KafkaRelayOptions): Promise<KafkaRelay> {
    const name = options.name ?? `kafka-relay:${options.topic}`;
    const producer = await connectProducer(options.kafka);
    const relay = new KafkaRelay(options, producer, name, await options.checkpoints.load(name), await partitionCount(options.kafka, options.topic));
    relay.subscription = options.store.subscribeAll(relay.checkpoint, (events) => {
      relay.inFlight = relay.relay(events);
      return relay.inFlight;
    });
    return relay;
  }

  /** Last log position acknowledged by Kafka and checkpointed. */
  position(): number {
    return this.checkpoint;
  }

  /** Events in the log not yet acknowledged by Kafka. */
  async lag(): Promise<number> {
    return Math.max(0, (await this.options.store.headPosition()) - this.checkpoint);
  }

  /** The error that stopped the relay, if any. */
  error(): Error | undefined {
    return this.failure;
  }

  /** Finishes the batch in flight (so its checkpoint is kept), then disconnects. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.inFlight;
    await this.subscription?.close();
    await this.producer.disconnect();
  }

  private async relay(events: EventEnvelope[]): Promise<void> {
    if (this.stopping || this.failure || events.length === 0) return;
    const spans = events.map((e) => publishSpan(e, this.options.topic));
    try {
      await this.send(events.map((e, i) => this.message(e, spans[i])));
      const last = events[events.length - 1].position;
      await this.options.checkpoints.save(this.name, last);
      this.checkpoint = last;
      relayPublished.inc(events.length);
      relayCheckpoint.set(last);
    } catch (error) {
      spans.forEach((span) => span && failed(span, error));
      // Not retriable (or the checkpoint failed); stop reading so the checkpoint cannot move past a gap.
      this.failure = error instanceof Error ? error : new Error(String(error));
      this.stopping = true;
      // Not awaited: closing waits for this very handler to return.
      void this.subscription?.close().catch(() => undefined);
      this.options.onError?.(this.failure);
    } finally {
      spans.forEach((span) => span?.end());
    }
  }

  /**
   * One producer.send per partition, in parallel. kafkajs remembers which brokers answered a
   * send and, on a retry after a leader died, skips those brokers, so a partition whose leadership
   * moved to one of them was silently dropped (seen in the three-broker failover test). With one
   * partition per send, a retry always goes to that partition's current leader.
   */
  private async send(messages: Message[]): Promise<void> {
    const byPartition = new Map<number, Message[]>();
    for (const message of messages) {
      const partition = partitionOf(String(message.key), this.partitions);
      byPartition.set(partition, [...(byPartition.get(partition) ?? []), { ...message, partition }]);
    }
    await Promise.all([...byPartition.values()].map((batch) => this.sendToOnePartition(batch)));
  }

  /**
   * kafkajs's idempotent producer can also lose track of its sequence numbers when a leader dies
   * mid-send (OUT_OF_ORDER_SEQUENCE_NUMBER, not retriable). A new producer (new producer id, fresh
   * sequences) resends the batch: at-least-once, a copy already written carries the same event id.
   */
  private async sendToOnePartition(messages: Message[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const producer = this.producer;
      try {
        await producer.send({ topic: this.options.topic, acks: -1, messages });
        return;
      } catch (error) {
        if ((error as { type?: string }).type !== 'OUT_OF_ORDER_SEQUENCE_NUMBER' || attempt >= 3) throw error;
        // Parallel sends may hit this together: the first replaces the producer, the others reuse it.
        if (this.producer === producer) this.producer = await connectProducer(this.options.kafka);
        void producer.disconnect().catch(() => undefined);
      }
    }
  }

  private message(event: EventEnvelope, span: Span | undefined): Message {
    const key = messageKey(event);
    // `partitionkey` is the CloudEvents partitioning extension the Kafka binding maps to the key.
    const value = JSON.stringify({ ...toCloudEvent(event, this.options.cloudEvents), partitionkey: key });
    // The header names the publish span (the consumer's link); the CloudEvent's `traceparent` stays the writer's.
    const traceparent = span && currentTraceparent(trace.setSpan(context.active(), span));
    return { key, value, headers: { 'content-type': CLOUDEVENTS_JSON, ...(traceparent && { traceparent }) } };
  }
}

/**
 * A producer span per event whose command was traced, as a child of that command's span: the
 * trace goes on from the API into the relay, which runs later and in another process.
 */
function publishSpan(event: EventEnvelope, topic: string): Span | undefined {
  const parent = contextOf(event.metadata.traceparent, ROOT_CONTEXT);
  if (!parent) return undefined;
  return tracer().startSpan('relay publish', {
    kind: SpanKind.PRODUCER,
    attributes: { 'messaging.system': 'kafka', 'messaging.destination.name': topic, 'messaging.message.id': event.eventId, 'crm.position': event.position },
  }, parent);
}

async function connectProducer(kafka: Kafka): Promise<Producer> {
  // Explicit default partitioner: Java-compatible murmur2, the same key→partition as other clients.
  // Idempotent (acks=-1, one request in flight): a retried send after a lost acknowledgement or
  // a leader change is written once, in order. Retries without end (backing off to 5 s): the
  // log keeps every event, so a broker outage pauses the relay, which catches up after it;
  // kafkajs's default of 5 retries gave up before the cluster had elected new leaders.
  const producer = kafka.producer({
    createPartitioner: Partitioners.DefaultPartitioner,
    idempotent: true,
    maxInFlightRequests: 1,
    retry: { retries: Number.MAX_SAFE_INTEGER, maxRetryTime: 5_000 },
    allowAutoTopicCreation: false,
  });
  await producer.connect();
  return producer;
}

async function partitionCount(kafka: Kafka, topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const count = (await admin.fetchTopicMetadata({ topics: [topic] })).topics[0]?.partitions.length ?? 0;
    if (count === 0) throw new Error(`Kafka topic ${topic} has no partitions`);
    return count;
  } finally {
    await admin.disconnect();
  }
}
