import { Partitioners } from 'kafkajs';
import { messageKey } from './kafka-client';
import { partitionOf } from './partitioning';

/**
 * Our own murmur2, written from the Java client (Utils.murmur2), to check that kafkajs' v2
 * default partitioner puts a customer's events where a Java or librdkafka (murmur2_random)
 * producer would: toPositive(murmur2(key)) % partitions.
 */
function javaMurmur2(data: Buffer): number {
  const m = 0x5bd1e995;
  let h = (0x9747b28c ^ data.length) | 0;
  for (let i = 0; i + 4 <= data.length; i += 4) {
    let k = data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    k = Math.imul(k, m);
    k ^= k >>> 24;
    h = Math.imul(h, m) ^ Math.imul(k, m);
  }
  const tail = data.length & ~3;
  // Java's switch falls through: 3 trailing bytes mix in all three, then multiply once.
  const rest = data.length % 4;
  if (rest >= 3) h ^= data[tail + 2] << 16;
  if (rest >= 2) h ^= data[tail + 1] << 8;
  if (rest >= 1) h = Math.imul(h ^ data[tail], m);
  h ^= h >>> 13;
  h = Math.imul(h, m);
  h ^= h >>> 15;
  return h | 0;
}

const javaPartition = (key: string, partitions: number) => (javaMurmur2(Buffer.from(key)) & 0x7fffffff) % partitions;

function kafkajsPartition(key: string, partitions: number): number {
  const partitionMetadata = Array.from({ length: partitions }, (_, partitionId) => ({
    partitionId,
    leader: 0,
    partitionErrorCode: 0,
    replicas: [0],
    isr: [0],
  }));
  return Partitioners.DefaultPartitioner()({ topic: 'crm.events', partitionMetadata, message: { key, value: null } });
}

describe('partitioning by customer id', () => {
  it('hashes keys exactly like the Java client (vectors from Kafka’s own Utils tests)', () => {
    expect(javaMurmur2(Buffer.from('21'))).toBe(-973932308);
    expect(javaMurmur2(Buffer.from('foobar'))).toBe(-790332482);
    expect(javaMurmur2(Buffer.from('a-little-bit-long-string'))).toBe(-985981536);
    expect(javaMurmur2(Buffer.from('a-little-bit-longer-string'))).toBe(-1486304829);
    expect(javaMurmur2(Buffer.from('lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8'))).toBe(-58897971);
    expect(javaMurmur2(Buffer.from('abc'))).toBe(479470107);
  });

  it('sends each key to the partition the Java default partitioner picks', () => {
    const known: Array<[string, number, number]> = [
      ['21', 24, 12],
      ['foobar', 12, 6],
      ['a-little-bit-longer-string', 12, 11],
      ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', 4, 1],
      ['cus_123', 12, 2],
      ['سارا', 24, 15],
    ];
    for (const [key, partitions, partition] of known) {
      expect(javaPartition(key, partitions)).toBe(partition);
      expect(kafkajsPartition(key, partitions)).toBe(partition);
    }
  });

  it('agrees with the Java algorithm on many customer ids and partition counts', () => {
    for (let i = 0; i < 2000; i++) {
      const key = `cus_${i.toString(36)}_${'é'.repeat(i % 5)}`;
      const partitions = 1 + (i % 31);
      expect(kafkajsPartition(key, partitions)).toBe(javaPartition(key, partitions));
    }
  });

  it('keys an event by its customer, or by its stream when it concerns no customer', () => {
    const base = { streamId: 'pipeline-9' };
    expect(messageKey({ ...base, subjectId: 'cus_1' })).toBe('cus_1');
    expect(messageKey(base)).toBe('pipeline-9');
  });

  it('locates a key’s partition the way the producer and a Java client place it', () => {
    for (let i = 0; i < 500; i++) {
      const key = `cus_${i}`;
      const partitions = 1 + (i % 24);
      expect(partitionOf(key, partitions)).toBe(javaPartition(key, partitions));
    }
  });
});
