import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { NewEvent } from '../libs/event-store/envelope';
import { SqliteEventStore } from '../libs/event-store/sqlite-event-store';
import { loadConfig } from '../apps/api/src/config/config';
import { openEventStore } from '../apps/api/src/infrastructure/infrastructure';
import { IMPORT_DEFAULTS } from '../apps/cli/src/import-command';

/** A registration shaped like an imported row's (name, e-mail, phone, address, legacy ref), about 700 bytes. */
function registration(i: number): { streamId: string; event: NewEvent } {
  const id = createHash('sha256').update(`baseline-${i}`).digest('hex').slice(0, 32);
  return {
    streamId: `customer-${id}`,
    event: {
      eventId: createHash('sha256').update(`event-${i}`).digest('hex').slice(0, 32), type: 'crm.customer.registered', schemaVersion: 1, subjectId: id,
      occurredAt: new Date().toISOString(),
      data: { customerId: id, kind: 'person', country: 'DE' },
      personal: {
        name: `Anna Schmidt ${i}`, contactPoints: [{ id: `${id}-1`, type: 'email', value: `user${i}@legacy.example` }, { id: `${id}-2`, type: 'phone', value: `+4915${10_000_000 + i}` }],
        addresses: [{ lines: [`Hauptstraße ${1 + (i % 200)}`], city: 'Berlin', postalCode: String(10_000 + (i % 90_000)) }], externalRefs: [{ system: 'legacy', id: `L-${i}` }],
      },
      metadata: { actor: 'cli:bench', correlationId: 'import-baseline', source: 'import' },
    },
  };
}

/**
 * The baseline of the import figure, measured in the same run: `rows` registrations appended
 * through the same store, tuned as `crm import` tunes it, and the same group commit as the import
 * (batches of 1000 concurrent `no-stream` appends), with nothing else: no parsing, deciding,
 * dedup, sealing or projections.
 */
export async function rawAppendRate(dir: string, rows: number): Promise<{ rowsPerSecond: number; transactions: number }> {
  const store = openEventStore(loadConfig({ ...IMPORT_DEFAULTS, ...process.env, CRM_DATA_DIR: join(dir, 'baseline') })) as SqliteEventStore;
  const started = performance.now();
  try {
    for (let i = 0; i < rows; i += 1000) {
      const batch = Array.from({ length: Math.min(1000, rows - i) }, (_, k) => registration(i + k));
      await Promise.all(batch.map(({ streamId, event }) => store.append(streamId, [event], 'no-stream')));
    }
    return { rowsPerSecond: Math.round(rows / ((performance.now() - started) / 1000)), transactions: store.stats().transactions };
  } finally {
    await store.close();
  }
}
