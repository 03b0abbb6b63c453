import { PartitionerArgs, Partitioners } from 'kafkajs';

// The very partitioner the relay's producer uses (Java-compatible murmur2), so a key's partition
// computed here is the one its messages are on.
const defaultPartitioner = Partitioners.DefaultPartitioner();

/** The partition a message with this key lands on in a topic of `partitions` partitions. */
export function partitionOf(key: string, partitions: number): number {
  if (!Number.isInteger(partitions) || partitions < 1) throw new RangeError(`bad partition count ${partitions}`);
  const partitionMetadata: PartitionerArgs['partitionMetadata'] = Array.from({ length: partitions }, (_, partitionId) => ({
    partitionId, leader: 0, partitionErrorCode: 0, replicas: [0], isr: [0],
  }));
  return defaultPartitioner({ topic: '', partitionMetadata, message: { key, value: null } });
}

/**
 * Id of the document (in `projection_checkpoints`) that says how far the projectors have applied
 * one partition: `_position` is the log position of the last event of that partition committed.
 */
export const partitionCheckpointId = (topic: string, partition: number): string => `kafka:${topic}:${partition}`;
