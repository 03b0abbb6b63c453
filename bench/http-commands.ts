import { randomUUID } from 'node:crypto';
import { autocannon, Load } from './autocannon';
import { Figure } from './figure';
import { forkServer, ServedServer } from './forked-server';

const CONNECTIONS = 64;
const CUSTOMERS = 64;
const WARM_UP_SECONDS = 1;
/** Each load runs in this many slices, interleaved with the others: on a shared machine a burst of someone else's work then hits every figure alike. */
const ROUNDS = 3;


interface Measured {
  rate: number;
  p50: number;
  p99: number;
  failed: number;
}

/** `seconds` of closed-loop load at 64 connections. */
async function measure(load: Load, seconds: number): Promise<Measured> {
  const result = await autocannon({ ...load, connections: CONNECTIONS, duration: seconds });
  return {
    rate: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * A short warm-up of every load (JIT, SQLite page cache), then ROUNDS rounds in which each load
 * runs `seconds / ROUNDS`; rates are the mean of the rounds, latencies the median round's.
 */
async function measureInterleaved(loads: Load[], seconds: number): Promise<Measured[]> {
  for (const load of loads) await autocannon({ ...load, connections: CONNECTIONS, duration: WARM_UP_SECONDS });
  const rounds: Measured[][] = loads.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, load] of loads.entries()) rounds[i].push(await measure(load, Math.max(1, Math.round(seconds / ROUNDS))));
  }
  return rounds.map((measured) => ({
    rate: measured.reduce((sum, m) => sum + m.rate, 0) / measured.length,
    p50: median(measured.map((m) => m.p50)),
    p99: median(measured.map((m) => m.p99)),
    failed: measured.reduce((sum, m) => sum + m.failed, 0),
  }));
}

/** A typical interaction note: about 300 bytes of JSON. */
const interaction = JSON.stringify({
  channel: 'phone',
  direction: 'inbound',
  subject: 'Question about the last invoice',
  summary: 'Customer asked for a copy of the March invoice and whether a payment plan over three months is possible.',
  agent: 'agent-7',
  language: 'fa-IR',
});

async function registerCustomers(api: ServedServer, auth: Record<string, string>): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < CUSTOMERS; i++) {
    const body = { kind: 'person', name: `Sara Ahmadi ${i}`, emails: [`sara.${i}@example.com`], country: 'IR', allowDuplicate: true };
    const response = await fetch(`${api.url}/v1/customers`, { method: 'POST', headers: auth, body: JSON.stringify(body) });
    if (response.status !== 201) throw new Error(`registering a bench customer answered ${response.status}: ${await response.text()}`);
    ids.push(((await response.json()) as { id: string }).id);
  }
  return ids;
}

/**
 * Commands over HTTP against the real API (projections in their worker thread, and the same API
 * with them on the request loop), beside a bare Nest route with the same adapter,
 * ValidationPipe and DTO (no I/O) and a bare GET, each server in its own process.
 *
 * The command is POST /v1/customers/{id}/interactions: the most frequent write in a CRM, and it
 * takes the ordinary path (auth, command bus, read stream, decide, durable append). Registration
 * was not chosen because its duplicate check serialises registrations on purpose.
 */
export async function benchHttpCommands(seconds: number): Promise<Figure[]> {
  const bare = await forkServer('bare-server.js');
  const api = await forkServer('api-server.js').catch(async (error: unknown) => {
    await bare.close();
    throw error;
  });
  // The same API with the projections on the request loop (CRM_PROJECTIONS_IN=loop), as before the worker thread.
  const onLoop = await forkServer('api-server.js', { CRM_PROJECTIONS_IN: 'loop' }).catch(async (error: unknown) => {
    await Promise.all([api.close(), bare.close()]);
    throw error;
  });
  try {
    const auth = { authorization: `Bearer ${api.key}`, 'content-type': 'application/json' };
    const customers = await registerCustomers(api, auth);
    const loopCustomers = await registerCustomers(onLoop, auth);
    let next = 0;
    // Spread the writes over 64 customers, as concurrent users would.
    const onAnyCustomer = (request: Record<string, unknown>) => ({ ...request, path: `/v1/customers/${customers[next++ % customers.length]}/interactions` });
    const onAnyLoopCustomer = (request: Record<string, unknown>) => ({ ...request, path: `/v1/customers/${loopCustomers[next++ % loopCustomers.length]}/interactions` });
    const readAnyLoop = (request: Record<string, unknown>) => ({ ...request, path: `/v1/customers/${loopCustomers[next++ % loopCustomers.length]}` });
    const bareId = randomUUID();
    const json = { 'content-type': 'application/json' };

    const readAny = (prefix: string) => (request: Record<string, unknown>) => ({ ...request, path: `${prefix}/${customers[next++ % customers.length]}` });
    const authOnly = { authorization: auth.authorization };
    const [validated, read, commands, bareAuthenticated, views, loopCommands, loopViews] = await measureInterleaved([
      { url: `${bare.url}/bare/${bareId}/interactions`, method: 'POST', headers: json, body: interaction },
      { url: `${bare.url}/bare/${bareId}` },
      { url: api.url, method: 'POST', headers: auth, body: interaction, requests: [{ setupRequest: onAnyCustomer }] },
      { url: api.url, headers: authOnly, requests: [{ setupRequest: readAny('/bench/customers') }] },
      { url: api.url, headers: authOnly, requests: [{ setupRequest: readAny('/v1/customers') }] },
      { url: onLoop.url, method: 'POST', headers: auth, body: interaction, requests: [{ setupRequest: onAnyLoopCustomer }] },
      { url: onLoop.url, headers: authOnly, requests: [{ setupRequest: readAnyLoop }] },
    ], seconds);

    const baselineRate = { name: 'bare Nest POST, same ValidationPipe + DTO, no I/O', value: validated.rate };
    const name = `POST /v1/customers/{id}/interactions, ${CONNECTIONS} connections`;
    return [
      { name: 'bare Nest GET, no validation, no I/O (reference)', value: read.rate, unit: 'req/s' },
      { ...baselineRate, unit: 'req/s' },
      { name, value: commands.rate, unit: 'req/s', baseline: baselineRate, target: '>= 0.5x baseline' },
      { name: `${name}: p50 latency`, value: commands.p50, unit: 'ms', baseline: { name: 'bare validated POST p50', value: validated.p50 } },
      { name: `${name}: p99 latency`, value: commands.p99, unit: 'ms', baseline: { name: 'bare validated POST p99', value: validated.p99 }, target: '<= 25 ms' },
      { name: `${name}: non-2xx or failed`, value: commands.failed, unit: 'responses', target: '= 0' },
      { name: 'bare routes (POST + GET): non-2xx or failed', value: validated.failed + read.failed, unit: 'responses', target: '= 0' },
      ...readFigures(bareAuthenticated, views),
      { name: `${name}, projections on the request loop`, value: loopCommands.rate, unit: 'req/s', baseline: baselineRate },
      { name: `${name}, projections on the request loop: p50 / p99 latency`, value: loopCommands.p50, unit: `ms (p99 ${loopCommands.p99} ms)` },
      { name: 'GET /v1/customers/{id}, projections on the request loop', value: loopViews.rate, unit: `req/s (p99 ${loopViews.p99} ms)`, baseline: { name: 'GET /bench/customers/{id} (projections in a thread)', value: bareAuthenticated.rate } },
      { name: 'projections on the request loop: non-2xx or failed', value: loopCommands.failed + loopViews.failed, unit: 'responses', target: '= 0' },
    ];
  } finally {
    await Promise.all([api.close(), bare.close(), onLoop.close()]);
  }
}

/** GET of the 360° view (three read models, merges resolved, one access-log event per read) beside a GET behind the same guard that does no I/O. */
function readFigures(bare: Measured, views: Measured): Figure[] {
  const baseline = { name: 'GET /bench/customers/{id}: same API process, guard and key, no I/O', value: bare.rate };
  const name = `GET /v1/customers/{id} (360° view, access log recorded), ${CONNECTIONS} connections`;
  return [
    { ...baseline, unit: 'req/s' },
    { name, value: views.rate, unit: 'req/s', baseline, target: '>= 0.5x baseline' },
    { name: `${name}: p50 / p99 latency`, value: views.p50, unit: `ms (p99 ${views.p99} ms)`, baseline: { name: 'bare authenticated GET p50', value: bare.p50 } },
    { name: 'authenticated GETs: non-2xx or failed', value: bare.failed + views.failed, unit: 'responses', target: '= 0' },
  ];
}
