import { CustomerRegistered } from '../../../../libs/domain/customer/customer.events';
import { decideRow } from '../../../../libs/domain/import/import-row';
import { identityMapping, ImportMapping } from '../../../../libs/domain/import/mapping';
import { NewEvent } from '../../../../libs/event-store/envelope';
import { EventStore } from '../../../../libs/event-store/event-store.port';
import { Customer360 } from '../../../../libs/read-models/customer/customer-360.document';
import { DocumentCollection } from '../../../../libs/read-models/document-store.port';
import { deterministicId } from '../commands/deterministic-id';
import { fingerprint, FingerprintIndex } from './fingerprint-index';
import { count, emptySummary, ImportSummary, ReportEntry } from './import-report';
import { SourceRecord } from './import-source';
import { dedupKeys, importedCustomerId, withImportIds } from './row-identity';

export interface ImportPorts {
  eventStore: EventStore;
  /** The live customer-360 collection, caught up with the log head (waits if it must). */
  customers(): Promise<DocumentCollection>;
  /** Prepares what appending for these new subjects needs (their encryption keys, in one write). */
  prepareSubjects?(customerIds: string[]): Promise<void>;
}

export interface ImportOptions {
  importId: string;
  actor: string;
  /** Without one, columns named like fields map to themselves. */
  mapping?: ImportMapping;
  batchSize?: number;
  /** How far ahead of now a row's occurredAt may lie (CRM_MAX_FUTURE_SKEW_SECONDS); 5 minutes by default. */
  maxFutureSkewMs?: number;
  onReport?(entry: ReportEntry): void;
  onProgress?(summary: ImportSummary): void;
}

interface Candidate { row: number; id: string; keys: string[]; registered: CustomerRegistered; occurredAt?: string }

/**
 * Imports customers: each valid row is one RegisterCustomer decision appended on its own
 * (nothing partial for a bad row). Rows are deduplicated within the file (an index of
 * fingerprints) and against existing customers (one indexed look-up per batch); ids are derived
 * from the row, so a re-run or a restart after a kill adds nothing twice. A batch's appends run
 * concurrently, so the store's group commit writes them in few transactions.
 */
export class CustomerImport {
  private readonly seen = new FingerprintIndex();
  private readonly summary: ImportSummary;
  private readonly startedAt = new Date().toISOString();

  constructor(private readonly ports: ImportPorts, private readonly options: ImportOptions) {
    this.summary = emptySummary(options.importId);
  }

  async run(records: AsyncIterable<SourceRecord>): Promise<ImportSummary> {
    const started = process.hrtime.bigint();
    const customers = await this.ports.customers();
    let batch: SourceRecord[] = [];
    for await (const record of records) {
      batch.push(record);
      if (batch.length < (this.options.batchSize ?? 1000)) continue;
      await this.importBatch(batch, customers);
      batch = [];
    }
    if (batch.length) await this.importBatch(batch, customers);
    this.summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
    this.summary.rowsPerSecond = Math.round(this.summary.rows / Math.max(this.summary.seconds, 1e-3));
    return { ...this.summary };
  }

  private async importBatch(batch: SourceRecord[], customers: DocumentCollection): Promise<void> {
    const now = new Date().toISOString();
    const candidates: Candidate[] = [];
    for (const record of batch) {
      this.summary.rows++;
      if ('unreadable' in record) {
        this.report({ row: record.row, status: 'invalid', errors: [{ field: 'row', message: record.unreadable }] });
        continue;
      }
      const decided = decideRow(record.cells, this.options.mapping ?? identityMapping(Object.keys(record.cells)), now, this.options.maxFutureSkewMs ?? 300_000);
      if (!decided.ok) {
        this.report({ row: record.row, status: 'invalid', errors: decided.errors });
        continue;
      }
      const id = importedCustomerId(decided.registered);
      candidates.push({ row: record.row, id, keys: dedupKeys(decided.registered), registered: withImportIds(decided.registered, id), occurredAt: decided.occurredAt });
    }
    const existing = await existingCustomers(customers, candidates);
    const toAppend = candidates.filter((candidate) => this.classify(candidate, existing));
    await this.ports.prepareSubjects?.(toAppend.map((candidate) => candidate.id));
    await Promise.all(toAppend.map((candidate) => this.append(candidate, now)));
    this.options.onProgress?.({ ...this.summary });
  }

  /** True when the row is new; otherwise counts and reports why not. Rows are judged in file order: the first of duplicates wins. */
  private classify(candidate: Candidate, existing: Existing): boolean {
    const { row, id, keys } = candidate;
    const idPrint = fingerprint(`id:${id}`);
    const prints = keys.map(fingerprint);
    const earlier = this.seen.get(idPrint) ?? prints.map((print) => this.seen.get(print)).find((r) => r !== undefined);
    if (earlier !== undefined) {
      this.report({ row, status: 'duplicate-in-file', ofRow: earlier, reason: keys.find((_, i) => this.seen.get(prints[i]) !== undefined) ?? 'same content' });
      return false;
    }
    const byKey = keys.find((key) => existing.byKey.has(key));
    if (!existing.ids.has(id) && byKey) {
      this.report({ row, status: 'duplicate-of-existing', customerId: existing.byKey.get(byKey)!, reason: byKey });
      return false;
    }
    this.seen.add(idPrint, row);
    prints.forEach((print) => this.seen.add(print, row));
    if (existing.ids.has(id)) this.summary.alreadyImported++;
    return !existing.ids.has(id);
  }

  private async append({ row, id, registered, occurredAt }: Candidate, now: string): Promise<void> {
    const event: NewEvent = {
      eventId: deterministicId('crm.import', id, 'registered'), type: registered.type, schemaVersion: 1, subjectId: id,
      data: registered.data, personal: registered.personal, occurredAt: occurredAt ?? now,
      metadata: { actor: this.options.actor, correlationId: this.options.importId, source: 'import' },
    };
    try {
      const result = await this.ports.eventStore.append(`customer-${id}`, [event], 'no-stream');
      // The same event id found in the log: committed by an earlier run killed before its read models caught up.
      if (result.events[0] && result.events[0].recordedAt < this.startedAt) this.summary.alreadyImported++;
      else this.summary.imported++;
    } catch (error) {
      this.report({ row, status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  private report(entry: ReportEntry): void {
    count(this.summary, entry);
    this.options.onReport?.(entry);
  }
}

interface Existing { ids: Set<string>; byKey: Map<string, string> }

/** One indexed query per batch: customers with one of the batch's ids, emails, phones or refs. */
async function existingCustomers(customers: DocumentCollection, candidates: Candidate[]): Promise<Existing> {
  const existing: Existing = { ids: new Set(), byKey: new Map() };
  if (candidates.length === 0) return existing;
  const keys = candidates.flatMap((c) => c.keys);
  const values = (prefix: string) => keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
  const clauses = [{ _id: { $in: candidates.map((c) => c.id) } }, { emails: { $in: values('email:') } }, { phones: { $in: values('phone:') } }, { externalRefKeys: { $in: values('ref:') } }];
  const found = (await customers.find({ $or: clauses.filter((c) => Object.values(c)[0].$in.length > 0) })) as Customer360[];
  for (const doc of found) {
    existing.ids.add(doc._id);
    const own = [...doc.emails.map((v) => `email:${v}`), ...doc.phones.map((v) => `phone:${v}`), ...doc.externalRefKeys.map((v) => `ref:${v}`)];
    // A merged record's keys name its survivor: that is the customer the row duplicates.
    own.forEach((key) => existing.byKey.set(key, doc.mergedInto ?? doc._id));
  }
  return existing;
}
