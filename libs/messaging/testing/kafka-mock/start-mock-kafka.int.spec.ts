import { createConnection } from 'node:net';
import { startMockKafka } from './start-mock-kafka';

const canConnect = (address: string) =>
  new Promise<boolean>((resolve) => {
    const [host, port] = address.split(':');
    const socket = createConnection({ host, port: Number(port) });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

describe('startMockKafka', () => {
  it('starts brokers on loopback ports and frees them when stopped', async () => {
    const kafka = await startMockKafka({ brokers: 3, topics: { 'crm.events': 4 } });
    expect(kafka.brokers).toHaveLength(3);
    for (const broker of kafka.brokers) expect(broker).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(await canConnect(kafka.brokers[0])).toBe(true);
    await kafka.stop();
    expect(await canConnect(kafka.brokers[0])).toBe(false);
  });

  it('refuses a bad topic specification with the launcher’s reason', async () => {
    await expect(startMockKafka({ topics: { 'crm.events': 0 } })).rejects.toThrow(/partition count/);
  });
});
