import { Kafka, Message, Partitioners, Producer } from 'kafkajs';
import { EventEnvelope } from '../../event-store/envelope';
import { EventStore, Subscription } from '../../event-store/event-store.port';
import { CheckpointStore } from '../checkpoints/checkpoint-store';
import { CLOUDEVENTS_JSON, CloudEventOptions, toCloudEvent } from '../cloudevents';
import { messageKey } from './kafka-client';

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
    private readonly producer: Producer,
    private readonly name: string,
    private checkpoint: number,
  ) {}

  static async start(options: KafkaRelayOptions): Promise<KafkaRelay> {
    const name = options.name ?? `kafka-relay:${options.topic}`;
    // Explicit default partitioner: Java-compatible murmur2, the same key→partition as other clients.
    // Idempotent (acks=-1, one request in flight): a retried send after a lost acknowledgement or
    // a leader change is written once, in order. Retries without end (backing off to 5 s): the
    // log keeps every event, so a broker outage pauses the relay, which catches up after it;
    // kafkajs's default of 5 retries gave up before the cluster had elected new leaders.
    const producer = options.kafka.producer({
      createPartitioner: Partitioners.DefaultPartitioner,
      idempotent: true,
      maxInFlightRequests: 1,
      retry: { retries: Number.MAX_SAFE_INTEGER, maxRetryTime: 5_000 },
      allowAutoTopicCreation: false,
    });
    await producer.connect();
    const relay = new KafkaRelay(options, producer, name, await options.checkpoints.load(name));
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
    try {
      await this.producer.send({ topic: this.options.topic, acks: -1, messages: events.map((e) => this.message(e)) });
      const last = events[events.length - 1].position;
      await this.options.checkpoints.save(this.name, last);
      this.checkpoint = last;
    } catch (error) {
      // Not retriable (or the checkpoint failed); stop reading so the checkpoint cannot move past a gap.
      this.failure = error instanceof Error ? error : new Error(String(error));
      this.stopping = true;
      // Not awaited: closing waits for this very handler to return.
      void this.subscription?.close().catch(() => undefined);
      this.options.onError?.(this.failure);
    }
  }

  private message(event: EventEnvelope): Message {
    const key = messageKey(event);
    // `partitionkey` is the CloudEvents partitioning extension the Kafka binding maps to the key.
    const value = JSON.stringify({ ...toCloudEvent(event, this.options.cloudEvents), partitionkey: key });
    return { key, value, headers: { 'content-type': CLOUDEVENTS_JSON } };
  }
}
