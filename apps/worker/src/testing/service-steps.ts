import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Lease } from '../../../../libs/coordination/lease-store';
import { SqliteLeaseStore } from '../../../../libs/coordination/sqlite-lease-store';
import { EventEnvelope } from '../../../../libs/event-store/envelope';
import { SqliteEventStore } from '../../../../libs/event-store/sqlite-event-store';
import { AppProcess } from '../../../../libs/testing/app-process';
import { SERVICE_WORKER_LEASE } from '../../../api/src/service/service-worker';

export const KEY = 'crm_e2e_admin_key_for_the_worker_lease_tests_0123';
const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };
const always = [['00:00', '24:00']];

export async function post(api: AppProcess, path: string, body: object): Promise<{ id: string; position: number }> {
  const res = await fetch(`${api.baseUrl}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  if (res.status !== 201) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string; position: number };
}

/** A policy whose first response is due `seconds` after a case opens, at any hour. */
export const aroundTheClock = (seconds: number) => ({
  name: `Within ${seconds} s`, timeZone: 'Europe/Berlin',
  workingHours: { mon: always, tue: always, wed: always, thu: always, fri: always, sat: always, sun: always },
  targets: { urgent: { firstResponse: `PT${seconds}S`, resolution: 'PT1H' } },
});

/** The whole log as stored in the data directory, read by a connection of the test's own. */
export async function logOf(dataDir: string): Promise<EventEnvelope[]> {
  const store = new SqliteEventStore(join(dataDir, 'events.db'));
  try {
    return await store.readAll({ after: 0, limit: 1_000_000 });
  } finally {
    await store.close();
  }
}

/** The current tenure of the service-worker lease, read from `leases.db` as a process would. */
export async function currentLease(dataDir: string): Promise<Lease | undefined> {
  const leases = new SqliteLeaseStore(join(dataDir, 'leases.db'));
  try {
    return (await leases.current(SERVICE_WORKER_LEASE)) ?? undefined;
  } finally {
    await leases.close();
  }
}

/** A webhook receiver on 127.0.0.1 that accepts everything and remembers each call's Idempotency-Key. */
export async function receiver(): Promise<{ server: Server; url: string; keys: string[] }> {
  const keys: string[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      keys.push(String(req.headers['idempotency-key']));
      res.statusCode = 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/crm`, keys };
}
