import { Admin } from 'kafkajs';

/**
 * Messages of each partition the group has not committed yet: high watermark − committed offset
 * (− the oldest retained offset when the group never committed there). Asked of the broker on
 * each scrape, so it counts the whole group, not only this member.
 */
export async function groupLag(admin: Admin, groupId: string, topic: string): Promise<Map<number, number>> {
  const [watermarks, [committed]] = await Promise.all([admin.fetchTopicOffsets(topic), admin.fetchOffsets({ groupId, topics: [topic] })]);
  const done = new Map(committed?.partitions.map((p) => [p.partition, BigInt(p.offset)]) ?? []);
  const lag = new Map<number, number>();
  for (const { partition, high, low } of watermarks) {
    const from = done.get(partition) ?? -1n;
    lag.set(partition, Number(BigInt(high) - (from >= 0n ? from : BigInt(low))));
  }
  return lag;
}
