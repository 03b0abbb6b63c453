import { hashSecret, verifySecret } from '../libs/access/api-key-secret';
import { autocannon, Load } from './autocannon';
import { Figure } from './figure';
import { forkServer, ServedServer } from './forked-server';

const CONNECTIONS = 32;


async function rate(load: Load, seconds: number): Promise<{ rate: number; p50: number; p99: number; unexpected: number }> {
  await autocannon({ ...load, connections: CONNECTIONS, duration: 1 });
  const r = await autocannon({ ...load, connections: CONNECTIONS, duration: seconds });
  return { rate: r.requests.total / r.duration, p50: r.latency.p50, p99: r.latency.p99, unexpected: r.errors + r.timeouts };
}

async function json(api: ServedServer, path: string, auth: Record<string, string>, body: object): Promise<{ id: string; key?: string }> {
  const response = await fetch(`${api.url}${path}`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (response.status !== 201) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { id: string; key?: string };
}

const interaction = JSON.stringify({ channel: 'phone', direction: 'inbound', subject: 'Invoice question', summary: 'Asked for a copy of the March invoice.' });

/**
 * The guard's cost: unauthenticated health beside authenticated reads and commands (admin key,
 * and a partner key whose every command also passes the partner scope), all in one run against
 * the real API in its own process; plus refused requests and one cold argon2 verification.
 */
export async function benchAuthGuard(seconds: number): Promise<Figure[]> {
  const api = await forkServer('api-server.js');
  try {
    const admin = { authorization: `Bearer ${api.key}` };
    const partner = await json(api, '/v1/partners', admin, { name: 'Bench Bottling', kind: 'bottler' });
    const partnerKey = await json(api, '/v1/api-keys', admin, { role: 'partner', name: 'bench partner', partnerId: partner.id });
    const asPartner = { authorization: `Bearer ${partnerKey.key}` };
    const customers: string[] = [];
    for (let i = 0; i < 32; i++) customers.push((await json(api, '/v1/customers', admin, { kind: 'person', name: `Bench ${i}`, partnerId: partner.id, allowDuplicate: true })).id);
    let next = 0;
    const anyCustomer = (request: Record<string, unknown>) => ({ ...request, path: `/v1/customers/${customers[next++ % customers.length]}/interactions` });
    const command = (auth: Record<string, string>): Load => ({ url: api.url, method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: interaction, requests: [{ setupRequest: anyCustomer }] });

    const health = await rate({ url: `${api.url}/health/live` }, seconds);
    const read = await rate({ url: `${api.url}/v1/partners?limit=1`, headers: admin }, seconds);
    const refused = await rate({ url: `${api.url}/v1/partners?limit=1`, headers: { authorization: 'Bearer crm_not_a_key' } }, seconds);
    const commands = await rate(command(admin), seconds);
    const partnerCommands = await rate(command(asPartner), seconds);

    const stored = await hashSecret('crm_bench_secret_0123456789abcdefghijklmnopqrstuvwxyz01234');
    const started = process.hrtime.bigint();
    for (let i = 0; i < 20; i++) await verifySecret(stored, 'crm_bench_secret_0123456789abcdefghijklmnopqrstuvwxyz01234');
    const verifyMs = Number(process.hrtime.bigint() - started) / 1e6 / 20;

    const healthRate = { name: 'GET /health/live, no key (same run)', value: health.rate };
    return [
      { ...healthRate, unit: 'req/s' },
      { name: `GET /v1/partners?limit=1, admin key, ${CONNECTIONS} connections`, value: read.rate, unit: 'req/s', baseline: healthRate },
      { name: 'GET /v1/partners?limit=1, unknown key (401 + throttled security event)', value: refused.rate, unit: 'req/s', baseline: healthRate },
      { name: 'POST /v1/customers/{id}/interactions, admin key', value: commands.rate, unit: 'req/s', baseline: healthRate },
      { name: 'POST /v1/customers/{id}/interactions, partner key (scope checked)', value: partnerCommands.rate, unit: 'req/s', baseline: { name: 'same command, admin key', value: commands.rate } },
      { name: 'authenticated read p50 latency', value: read.p50, unit: 'ms', baseline: { name: 'health p50', value: health.p50 } },
      { name: 'partner-key command p99 latency', value: partnerCommands.p99, unit: 'ms', baseline: { name: 'admin-key command p99', value: commands.p99 } },
      { name: 'argon2id verification of an uncached key (once per key and process, then cached)', value: verifyMs, unit: 'ms' },
      { name: 'errors or timeouts across the runs', value: health.unexpected + read.unexpected + refused.unexpected + commands.unexpected + partnerCommands.unexpected, unit: 'requests', target: '= 0' },
    ];
  } finally {
    await api.close();
  }
}
