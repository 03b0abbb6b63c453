import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp } from '../apps/api/src/app.factory';
import { loadConfig } from '../apps/api/src/config/config';
import { openInfrastructure } from '../apps/api/src/infrastructure/infrastructure';
import { startProjections } from '../apps/api/src/start-projections';
import { activeCollection } from '../libs/read-models/runner/registry';
import { SEGMENT_CHECKPOINTS } from '../apps/api/src/marketing/segments/segment-membership.job';
import { Figure } from './figure';

const KEY = 'crm_bench_admin_key_segments_0123456789abcdefghijklmnop';
const WARM_UP = 10;

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};
const round = (ms: number) => Math.round(ms * 10) / 10;

/**
 * Segment membership latency against the real app (embedded, projections in their thread, the
 * worker in-process at CRM_WORKER_TICK_MS = `tickMs`), over `customers` customers and `segments`
 * segments. Each sample records an NPS answer that moves one customer into (or out of) the
 * promoters segment and measures, from the command's answer: the time until the 360° read model
 * has it (baseline), and until the membership read model shows the change (the figure).
 */
export async function benchSegments(customers: number, segments: number, samples: number, tickMs: number): Promise<Figure[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'crm-bench-segments-'));
  const config = loadConfig({ CRM_DATA_DIR: dataDir, CRM_BOOTSTRAP_KEY: KEY, PORT: '0', HOST: '127.0.0.1', CRM_RATE_LIMIT_MAX: '0', CRM_WORKER_TICK_MS: String(tickMs) });
  const infrastructure = await openInfrastructure(config);
  const app = await createApp(infrastructure, config, false);
  await startProjections(app, infrastructure, config, () => undefined);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const send = async (path: string, body: unknown): Promise<{ id: string; position: number }> => {
    const response = await fetch(`${url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (response.status >= 300) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as { id: string; position: number };
  };
  try {
    const ids: string[] = [];
    for (let i = 0; i < customers; i++) ids.push((await send('/v1/customers', { kind: 'person', name: `Bench ${i}`, country: i % 2 ? 'IR' : 'AM', allowDuplicate: true })).id);
    const promoters = (await send('/v1/segments', { name: 'Promoters', rule: { all: [{ field: 'lastNps', op: 'gte', value: 9 }] } })).id;
    for (let i = 1; i < segments; i++) {
      await send('/v1/segments', { name: `Other ${i}`, rule: { any: [{ field: 'country', op: 'eq', value: i % 2 ? 'IR' : 'AM' }, { all: [{ field: 'openCases', op: 'gte', value: i }, { field: 'lastNps', op: 'lte', value: 6 }] }] } });
    }
    const store = infrastructure.documentStore;
    // The new segments are evaluated over every customer first; samples start once that is done.
    const defined = await infrastructure.eventStore.headPosition();
    const initialStart = performance.now();
    while (((await store.collection(SEGMENT_CHECKPOINTS).findOne({ _id: 'segment-membership' }))?._position ?? 0) < defined) {
      if (performance.now() - initialStart > 900_000) throw new Error('the first evaluation of the segments did not finish in 15 min');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const initialMs = performance.now() - initialStart;
    const initialChanges = (await infrastructure.eventStore.headPosition()) - defined;
    let members: Awaited<ReturnType<typeof store.collection>> | undefined;
    const toSegment: number[] = [];
    const to360: number[] = [];
    for (let i = 0; i < WARM_UP + samples; i++) {
      const customerId = ids[i % ids.length];
      // The first pass enters each customer, the next one leaves (scores alternate per pass).
      const enters = Math.floor(i / ids.length) % 2 === 0;
      const answered = await send('/v1/feedback', { customerId, kind: 'nps', score: enters ? 10 : 2 });
      const start = performance.now();
      if (!(await infrastructure.positions.waitForPosition(answered.position, 10_000))) throw new Error('the read models did not catch up in 10 s');
      const at360 = performance.now() - start;
      for (;;) {
        members ??= (await store.listCollections()).includes(await activeCollection(store, 'segment-members')) ? store.collection(await activeCollection(store, 'segment-members')) : undefined;
        const doc = members ? await members.findOne({ _id: `${promoters}:${customerId}` }) : null;
        if ((doc?.member ?? false) === enters) break;
        if (performance.now() - start > 30_000) throw new Error(`membership of ${customerId} did not change in 30 s`);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      if (i < WARM_UP) continue;
      toSegment.push(performance.now() - start);
      to360.push(at360);
    }
    const name = `segment membership visible after the event that changes it (${customers} customers, ${segments} segments, tick ${tickMs} ms, ${samples} samples)`;
    return [50, 99].map((p): Figure => ({
      name: `${name} p${p}`, value: round(percentile(toSegment, p)), unit: 'ms',
      baseline: { name: `360° read model updated, same event, p${p}`, value: round(percentile(to360, p)) }, ...(p === 99 ? { target: '<= 1000 ms' } : {}),
    })).concat([
      { name: `${name} max`, value: round(Math.max(...toSegment)), unit: 'ms', baseline: { name: '360° read model updated, max', value: round(Math.max(...to360)) } },
      { name: `first evaluation of ${segments} new segments over ${customers} customers (${initialChanges} membership events)`, value: round(initialMs), unit: 'ms' },
    ]);
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
