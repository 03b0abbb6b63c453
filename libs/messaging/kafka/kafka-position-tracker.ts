import { Admin, Kafka } from 'kafkajs';
import { EventStore } from '../../event-store/event-store.port';
import { DocumentStore } from '../../read-models/document-store.port';
import { CHECKPOINT_COLLECTION } from '../../read-models/runner/registry';
import { messageKey } from './kafka-client';
import { partitionCheckpointId, partitionOf } from './partitioning';

export interface KafkaPositionTrackerOptions {
  kafka: Kafka;
  topic: string;
  /** The log as stored, to find out which customer (hence which partition) an event is about. */
  log: EventStore;
  /** Where the projectors keep their per-partition checkpoints. */
  store: DocumentStore;
  /** How often to look at the checkpoint while waiting. Default 15 ms. */
  pollMs?: number;
  /** How long a fetched partition count is trusted (partitions can be added). Default 60 s. */
  partitionCountTtlMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Read-your-writes when projectors run elsewhere: position n is applied once the partition that
 * event n went to has a checkpoint ≥ n. Partitions are in log order and one customer's events
 * share a partition, so that covers everything of n's customer up to n; it says nothing about
 * other partitions, whose positions interleave.
 */
export class KafkaPositionTracker {
  private admin: Admin | undefined;
  private partitions: { count: number; until: number } | undefined;

  constructor(private readonly options: KafkaPositionTrackerOptions) {}

  /** True once the read models reflect position `position` (see above); false after `timeoutMs`. */
  async waitForPosition(position: number, timeoutMs: number): Promise<boolean> {
    const deadline = performance.now() + timeoutMs;
    const partition = await beforeDeadline(this.partitionOfPosition(position), deadline);
    if (partition === undefined) return false;
    const checkpoints = this.options.store.collection(CHECKPOINT_COLLECTION);
    const id = partitionCheckpointId(this.options.topic, partition);
    for (;;) {
      const doc = await checkpoints.findOne({ _id: id });
      if ((doc?._position ?? 0) >= position) return true;
      if (performance.now() >= deadline) return false;
      // Polling the read-model store is the mechanism: it is where projectors in other processes commit.
      await sleep(Math.min(this.options.pollMs ?? 15, Math.max(1, deadline - performance.now())));
    }
  }

  async close(): Promise<void> {
    await this.admin?.disconnect();
  }

  private async partitionOfPosition(position: number): Promise<number | undefined> {
    const [event] = await this.options.log.readAll({ after: position - 1, limit: 1 });
    // A position nobody was handed (beyond the head) cannot be waited for.
    if (!event || event.position !== position) return undefined;
    return partitionOf(messageKey(event), await this.partitionCount());
  }

  /** From the broker's metadata (which the test broker serves, unlike createTopics). */
  private async partitionCount(): Promise<number> {
    if (this.partitions && this.partitions.until > performance.now()) return this.partitions.count;
    if (!this.admin) {
      const admin = this.options.kafka.admin();
      await admin.connect();
      this.admin = admin;
    }
    const { topics } = await this.admin.fetchTopicMetadata({ topics: [this.options.topic] });
    const count = topics[0]?.partitions.length ?? 0;
    if (count === 0) throw new Error(`Kafka topic ${this.options.topic} has no partitions`);
    this.partitions = { count, until: performance.now() + (this.options.partitionCountTtlMs ?? 60_000) };
    return count;
  }
}

/** The answer, or undefined when the deadline passes first (the work itself is left to finish). */
async function beforeDeadline<T>(work: Promise<T>, deadline: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), Math.max(0, deadline - performance.now()))));
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
