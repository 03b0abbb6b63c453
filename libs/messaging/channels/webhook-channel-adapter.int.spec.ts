import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { OutboundMessage } from './channel-adapter.port';
import { WebhookChannelAdapter } from './webhook-channel-adapter';

const message = (customerId: string): OutboundMessage => ({ deliveryId: `d-${customerId}`, noticeId: 'n-1', customerId, channel: 'webhook', language: 'en', text: 'Maintenance tonight' });

describe('the webhook channel adapter', () => {
  let server: Server;
  let url: string;
  const received: { headers: IncomingMessage['headers']; body: unknown }[] = [];
  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        const parsed = JSON.parse(body) as { customerId: string };
        received.push({ headers: request.headers, body: parsed });
        response.statusCode = parsed.customerId === 'c-refused' ? 503 : 204;
        response.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/notices`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('posts each message as JSON with its delivery id as Idempotency-Key, and a refusal is a failed delivery', async () => {
    const results = await new WebhookChannelAdapter(url).send([message('c-1'), message('c-refused')]);
    expect(results).toEqual([{ deliveryId: 'd-c-1', ok: true }, { deliveryId: 'd-c-refused', ok: false, error: 'HTTP 503' }]);
    expect(received[0].headers['idempotency-key']).toBe('d-c-1');
    expect(received[0].body).toEqual({ deliveryId: 'd-c-1', noticeId: 'n-1', customerId: 'c-1', language: 'en', text: 'Maintenance tonight' });
  });

  it('counts an unreachable receiver as a failed delivery, and can tell nothing about earlier deliveries', async () => {
    const adapter = new WebhookChannelAdapter('http://127.0.0.1:9/none', 2000);
    expect(await adapter.send([message('c-2')])).toEqual([{ deliveryId: 'd-c-2', ok: false, error: expect.any(String) }]);
    expect(await adapter.accepted()).toEqual(new Set());
  });
});
