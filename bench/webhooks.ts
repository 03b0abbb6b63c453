import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { createServer, request } from 'node:http';
import { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createApp } from '../apps/api/src/app.factory';
import { loadConfig } from '../apps/api/src/config/config';
import { openInfrastructure } from '../apps/api/src/infrastructure/infrastructure';
import { startProjections } from '../apps/api/src/start-projections';
import { SubscriptionDeliveries } from '../apps/api/src/subscriptions/subscription-deliveries';
import { toCloudEvent } from '../libs/messaging/cloudevents';
import { Figure } from './figure';

const KEY = 'crm_bench_admin_key_0123456789abcdefghijklmnopqrstuvwxyz';

/** A receiver on 127.0.0.1 that answers 204 and counts. */
async function receiver(): Promise<{ url: string; count: () => number; close(): Promise<void> }> {
  let calls = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      calls++;
      res.statusCode = 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    count: () => calls,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** The baseline: the same bodies POSTed one after the other (keep-alive), nothing signed, nothing recorded. */
async function rawPostLoop(url: string, bodies: string[]): Promise<void> {
  for (const body of bodies) {
    await new Promise<void>((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { 'content-type': 'application/cloudevents+json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        res.resume();
        res.on('end', () => resolve());
      });
      req.on('error', reject);
      req.end(body);
    });
  }
}

/**
 * Webhook deliveries per second to a local receiver: `events` customer registrations delivered to
 * one subscription (in order, one at a time, signed, progress saved per message), then to 8
 * subscriptions at once; beside raw HTTP POST loops of the same CloudEvents (1, then 8 side by side)
 * in the same run and process.
 */
export async function benchWebhooks(dir: string, events: number): Promise<Figure[]> {
  const config = loadConfig({ CRM_DATA_DIR: dir, CRM_BOOTSTRAP_KEY: KEY, CRM_WEBHOOK_ALLOW_PRIVATE: 'true', CRM_WORKER: 'off', CRM_WEBHOOK_CONCURRENCY: '64' });
  const infrastructure = await openInfrastructure(config);
  const app = await createApp(infrastructure, config, false);
  await startProjections(app, infrastructure, config, () => undefined);
  const hooks = await receiver();
  try {
    const meta = { actor: 'bench', correlationId: 'bench-webhooks', source: 'import' as const };
    for (let i = 0; i < events; i += 500) {
      await Promise.all(Array.from({ length: Math.min(500, events - i) }, (_, k) => {
        const customerId = randomUUID();
        return infrastructure.eventStore.append(`customer-${customerId}`, [{
          eventId: randomUUID(), type: 'crm.customer.registered', schemaVersion: 1, subjectId: customerId, occurredAt: new Date().toISOString(), metadata: meta,
          data: { customerId, kind: 'person', country: 'DE' }, personal: { name: `Anna Schmidt ${i + k}`, contactPoints: [{ id: 'cp1', type: 'email', value: `anna${i + k}@example.com` }] },
        }], 'no-stream');
      }));
    }
    const logged = await infrastructure.rawEventStore.readAll({ after: 0, limit: events });
    const bodies = logged.map((event) => JSON.stringify(toCloudEvent(event)));
    const deliveries = app.get(SubscriptionDeliveries);
    const fence = async () => undefined;

    const deliver = async (subscriptions: number): Promise<number> => {
      const before = hooks.count();
      for (let s = 0; s < subscriptions; s++) {
        const answer = await app.inject({ method: 'POST', url: '/v1/subscriptions', headers: { authorization: `Bearer ${KEY}` }, payload: { url: `${hooks.url}/s${s}`, types: ['crm.customer.registered'], fromPosition: 0 } });
        if (answer.statusCode !== 201) throw new Error(`subscription: ${answer.statusCode} ${answer.body}`);
        await infrastructure.positions.waitForPosition(answer.json().position, 30_000);
      }
      const started = performance.now();
      await deliveries.run(new Date(), fence);
      await deliveries.idle();
      const seconds = (performance.now() - started) / 1000;
      if (hooks.count() - before !== subscriptions * events) throw new Error(`expected ${subscriptions * events} deliveries, the receiver got ${hooks.count() - before}`);
      return (subscriptions * events) / seconds;
    };
    const raw = async (loops: number): Promise<number> => {
      const started = performance.now();
      await Promise.all(Array.from({ length: loops }, (_, l) => rawPostLoop(`${hooks.url}/raw${l}`, bodies)));
      return (loops * events) / ((performance.now() - started) / 1000);
    };

    await raw(1); // warm-up: sockets, JIT
    const rawOne = await raw(1);
    await deliver(1); // warm-up of the delivery path
    const one = await deliver(1);
    const rawEight = await raw(8);
    const eight = await deliver(8);
    return [
      { name: `webhook deliveries, 1 subscription (${events} events, in order, signed)`, value: one, unit: 'deliveries/s', baseline: { name: 'raw POST loop, 1 at a time', value: rawOne } },
      { name: `webhook deliveries, 8 subscriptions side by side (${events} events each)`, value: eight, unit: 'deliveries/s', baseline: { name: '8 raw POST loops side by side', value: rawEight } },
    ];
  } finally {
    await app.close();
    await hooks.close();
  }
}
