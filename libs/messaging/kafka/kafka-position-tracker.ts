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

interface Waiter {
  position: number;
  done: (reached: boolean) => void;
}

/**
 * Read-your-writes when projectors run elsewhere: position n is applied once the partition that
 * event n went to has a checkpoint ≥ n. Partitions are in log order and one customer's events
 * share a partition, so that covers everything of n's customer up to n; it says nothing about
 * other partitions, whose positions interleave. One poll loop serves every waiter: a read per
 * partition with waiters per tick, however many requests wait.
 */
export class KafkaPositionTracker {
  private admin: Admin | undefined;
  private partitions: { count: Promise<number>; until: number } | undefined;
  private fetching: Promise<number> | undefined;
  private readonly waiters = new Map<number, Set<Waiter>>();
  private polling = false;

  constructor(private readonly options: KafkaPositionTrackerOptions) {}

  /** True once the read models reflect position `position` (see above); false after `timeoutMs`. */
  async waitForPosition(position: number, timeoutMs: number): Promise<boolean> {
    const deadline = performance.now() + timeoutMs;
    const partition = await beforeDeadline(this.partitionOfPosition(position), deadline);
    if (partition === undefined) return false;
    if ((await this.checkpoint(partition)) >= position) return true;
    return new Promise<boolean>((resolve) => {
      const waiter: Waiter = {
        position,
        done: (reached) => {
          clearTimeout(timer);
          this.waiters.get(partition)?.delete(waiter);
          resolve(reached);
        },
      };
      const timer = setTimeout(() => waiter.done(false), Math.max(0, deadline - performance.now()));
      if (!this.waiters.has(partition)) this.waiters.set(partition, new Set());
      this.waiters.get(partition)!.add(waiter);
      if (!this.polling) void this.poll();
    });
  }

  async close(): Promise<void> {
    await this.admin?.disconnect();
  }

  /** Polling the read-model store is the mechanism: it is where projectors in other processes commit. */
  private async poll(): Promise<void> {
    this.polling = true;
    try {
      while ([...this.waiters.values()].some((set) => set.size > 0)) {
        await sleep(this.options.pollMs ?? 15);
        for (const [partition, set] of this.waiters) {
          if (set.size === 0) continue;
          const reached = await this.checkpoint(partition);
          for (const waiter of [...set]) if (waiter.position <= reached) waiter.done(true);
        }
      }
    } catch {
      // The store failed this tick; waiters time out unless the next wait starts a new loop.
    } finally {
      this.polling = false;
    }
  }

  private async checkpoint(partition: number): Promise<number> {
    const doc = await this.options.store.collection(CHECKPOINT_COLLECTION).findOne({ _id: partitionCheckpointId(this.options.topic, partition) });
    return doc?._position ?? 0;
  }

  private async partitionOfPosition(position: number): Promise<number | undefined> {
    const log = this.options.log;
    const event = log.readAt ? await log.readAt(position) : (await log.readAll({ after: position - 1, limit: 1 }))[0];
    // A position nobody was handed (beyond the head) cannot be waited for.
    if (!event || event.position !== position) return undefined;
    return partitionOf(messageKey(event), await this.partitionCount());
  }

  /** From the broker's metadata; one fetch at a time. */
  private partitionCount(): Promise<number> {
    if (this.partitions && this.partitions.until > performance.now()) return this.partitions.count;
    this.partitions = undefined;
    this.fetching ??= this.fetchPartitionCount().finally(() => (this.fetching = undefined));
    return this.fetching;
  }

  private async fetchPartitionCount(): Promise<number> {
    if (!this.admin) {
      const admin = this.options.kafka.admin();
      await admin.connect();
      this.admin = admin;
    }
    const { topics } = await this.admin.fetchTopicMetadata({ topics: [this.options.topic] });
    const count = topics[0]?.partitions.length ?? 0;
    if (count === 0) throw new Error(`Kafka topic ${this.options.topic} has no partitions`);
    this.partitions = { count: Promise.resolve(count), until: performance.now() + (this.options.partitionCountTtlMs ?? 60_000) };
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
