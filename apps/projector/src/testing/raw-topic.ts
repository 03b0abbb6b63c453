import { Kafka } from 'kafkajs';
import { waitFor } from '../../../../libs/testing/wait-for';

export interface RawMessage {
  partition: number;
  key: Buffer;
  value: Buffer;
  headers: Record<string, Buffer>;
}

/** Every byte of a message as the broker hands it out: key, value and headers, concatenated. */
export const bytesOf = (m: RawMessage): Buffer => Buffer.concat([m.key, m.value, ...Object.entries(m.headers).flatMap(([k, v]) => [Buffer.from(k), v])]);

/**
 * Reads a topic from the start with a fresh consumer group until it holds every record up to the
 * high watermarks of the moment it started, undecoded: what any downstream consumer could read.
 */
export async function readWholeTopic(kafka: Kafka, topic: string, timeoutMs = 30_000): Promise<RawMessage[]> {
  const admin = kafka.admin();
  await admin.connect();
  const offsets = await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect());
  const expected = offsets.reduce((sum, o) => sum + Number(o.high) - Number(o.low), 0);
  const messages: RawMessage[] = [];
  const consumer = kafka.consumer({ groupId: `raw-reader-${topic}-${Date.now().toString(36)}`, sessionTimeout: 6000, heartbeatInterval: 500, maxWaitTimeInMs: 200 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, Buffer.isBuffer(v) ? v : Buffer.from(String(v ?? ''))]));
        messages.push({ partition, key: message.key ?? Buffer.alloc(0), value: message.value ?? Buffer.alloc(0), headers });
      },
    });
    await waitFor(() => messages.length >= expected, timeoutMs, `all ${expected} records of ${topic}`);
  } finally {
    await consumer.disconnect();
  }
  return messages;
}
