import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { EventEnvelope, NewEvent } from './envelope';
import { AppendResult, EventHandler, EventStore, ExpectedRevision, ReadAllOptions, Subscription } from './event-store.port';
import { PollingSubscription } from './polling-subscription';
import { SqliteAppendWriter, assertExpectedRevision } from './sqlite-append';
import { EventRow, SELECT_COLUMNS, openEventsDatabase, rowToEnvelope } from './sqlite-schema';
import { UpcasterRegistry } from './upcasting';
import { appendDuration, groupCommitSize } from '../observability/metrics';
import { failed, tracer } from '../observability/tracing';
import type { Span } from '@opentelemetry/api';

export interface SqliteEventStoreOptions {
  /** Applied on every read so that consumers only see the latest schema versions. */
  upcasters?: UpcasterRegistry;
  /** How often a live subscription looks for events appended by another process. Default 250 ms. */
  pollIntervalMs?: number;
  /** Most appends committed in one transaction, to keep latency bounded. Default 500. */
  maxGroupSize?: number;
  /** Events per subscription batch while catching up. Default 5000: a projection writes each touched document once per batch, so larger catch-up batches mean far fewer writes. */
  subscriptionBatchSize?: number;
  /** Page cache of this connection in MiB. Default: SQLite's 2 MiB. */
  cacheSizeMb?: number;
  /**
   * WAL pages after which a commit checkpoints. Default: SQLite's 1,000. A bulk import raises it:
   * its random index pages change in every commit, and a later checkpoint writes each one once.
   */
  checkpointPages?: number;
  /** Called when a subscription handler throws; the subscription stops. Default: console.error. */
  onSubscriptionError?: (error: unknown) => void;
  /**
   * The system clock that stamps `recordedAt` (one reading per group commit). Default: the real
   * clock. Tests inject one to write history "recorded on 10 March" without waiting for it.
   */
  now?: () => Date;
}

/** Counters for tests and benchmarks: how well group commit is grouping. */
export interface GroupCommitStats {
  appends: number;
  transactions: number;
  largestGroup: number;
}

interface PendingAppend {
  span: Span;
  queuedAt: number;
  streamId: string;
  events: NewEvent[];
  expected: ExpectedRevision;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; result: AppendResult } | { ok: false; error: unknown };

/**
 * The embedded, durable event store: one SQLite file in WAL with synchronous=FULL.
 * Concurrent appends are queued and committed together in one transaction (group commit);
 * each promise settles only after COMMIT returned.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly writer: SqliteAppendWriter;
  private readonly readStreamStmt: Database.Statement<[string, number], EventRow>;
  private readonly readAllStmt: Database.Statement<[number, number], EventRow>;
  private readonly headStmt: Database.Statement<[], { head: number | null }>;
  private readonly readAtStmt: Database.Statement<[number], EventRow>;
  private readonly commitGroup: Database.Transaction<(group: PendingAppend[], recordedAt: string) => Outcome[]>;
  private readonly subscriptions = new Set<PollingSubscription>();
  private readonly commitListeners = new Set<() => void>();
  private queue: PendingAppend[] = [];
  private flushScheduled: NodeJS.Immediate | undefined;
  private closing = false;
  private readonly counters: GroupCommitStats = { appends: 0, transactions: 0, largestGroup: 0 };

  constructor(
    readonly path: string,
    private readonly options: SqliteEventStoreOptions = {},
  ) {
    mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    openEventsDatabase(this.db);
    if (options.cacheSizeMb) this.db.pragma(`cache_size = -${Math.round(options.cacheSizeMb * 1024)}`);
    if (options.checkpointPages) this.db.pragma(`wal_autocheckpoint = ${Math.round(options.checkpointPages)}`);
    this.writer = new SqliteAppendWriter(this.db);
    this.readStreamStmt = this.db.prepare(
      `SELECT ${SELECT_COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision`,
    );
    this.readAllStmt = this.db.prepare(
      `SELECT ${SELECT_COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`,
    );
    this.headStmt = this.db.prepare('SELECT MAX(position) AS head FROM events');
    this.readAtStmt = this.db.prepare(`SELECT ${SELECT_COLUMNS} FROM events WHERE position = ?`);
    this.commitGroup = this.db.transaction((group: PendingAppend[], recordedAt: string) =>
      group.map((p): Outcome => {
        try {
          return { ok: true, result: this.writer.appendOne(p.streamId, p.events, p.expected, recordedAt) };
        } catch (error) {
          // Only this append is rolled back (its savepoint); the rest of the group commits.
          return { ok: false, error };
        }
      }),
    );
  }

  append(streamId: string, events: NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    if (this.closing) return Promise.reject(new Error('event store is closed'));
    try {
      assertExpectedRevision(expectedRevision);
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise<AppendResult>((resolve, reject) => {
      // The span covers queueing and the group commit, which is where an append's time goes.
      const span = tracer().startSpan('event-store append', { attributes: { 'crm.stream_id': streamId, 'crm.events': events.length } });
      this.queue.push({ streamId, events, expected: expectedRevision, resolve, reject, span, queuedAt: performance.now() });
      // Every append queued before the flush runs joins the same transaction.
      this.flushScheduled ??= setImmediate(() => this.flush());
    });
  }

  async readStream(streamId: string, fromRevision = 0): Promise<EventEnvelope[]> {
    return this.readStreamStmt.all(streamId, fromRevision).map((row) => this.toEnvelope(row));
  }

  async readAll({ after, limit }: ReadAllOptions): Promise<EventEnvelope[]> {
    return this.readAfter(after, limit);
  }

  async readAt(position: number): Promise<EventEnvelope | undefined> {
    const row = this.readAtStmt.get(position);
    return row ? this.toEnvelope(row) : undefined;
  }

  async headPosition(): Promise<number> {
    return this.headStmt.get()?.head ?? 0;
  }

  subscribeAll(after: number, handler: EventHandler): Subscription {
    if (this.closing) throw new Error('event store is closed');
    const subscription: PollingSubscription = new PollingSubscription(after, handler, {
      readAfter: (from, limit) => this.readAfter(from, limit),
      batchSize: this.options.subscriptionBatchSize ?? 5000,
      pollIntervalMs: this.options.pollIntervalMs ?? 250,
      onError: this.options.onSubscriptionError ?? ((error) => console.error('event store subscription stopped', error)),
      onClosed: () => this.subscriptions.delete(subscription),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  /** Calls `listener` after every transaction that committed at least one append (to wake readers elsewhere). */
  onCommit(listener: () => void): () => void {
    this.commitListeners.add(listener);
    return () => this.commitListeners.delete(listener);
  }

  /** Another connection to the same file committed: live subscriptions look now, not at the next poll. */
  appendedElsewhere(): void {
    this.subscriptions.forEach((s) => s.notify());
  }

  /** Group-commit counters since this store was opened. */
  stats(): GroupCommitStats {
    return { ...this.counters };
  }

  /** Stops subscriptions, commits every append already queued, then closes the file. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    if (this.flushScheduled) clearImmediate(this.flushScheduled);
    while (this.queue.length > 0) this.flushGroup();
    this.db.close();
  }

  private flush(): void {
    this.flushScheduled = undefined;
    this.flushGroup();
    // Appends beyond the group cap go in the next transaction, after I/O had a turn.
    if (this.queue.length > 0) this.flushScheduled = setImmediate(() => this.flush());
  }

  private flushGroup(): void {
    const group = this.queue.splice(0, this.options.maxGroupSize ?? 500);
    let outcomes: Outcome[];
    try {
      // IMMEDIATE takes the write lock up front: a deferred read-then-write could fail with
      // SQLITE_BUSY_SNAPSHOT when another process committed in between.
      outcomes = this.commitGroup.immediate(group, (this.options.now?.() ?? new Date()).toISOString());
    } catch (error) {
      // BEGIN or COMMIT failed: nothing of this group is durable.
      group.forEach((p) => {
        failed(p.span, error);
        p.span.end();
        p.reject(error);
      });
      return;
    }
    const committedAt = performance.now();
    groupCommitSize.observe(group.length);
    this.counters.transactions += 1;
    this.counters.appends += group.length;
    this.counters.largestGroup = Math.max(this.counters.largestGroup, group.length);
    group.forEach((p, i) => {
      const outcome = outcomes[i];
      appendDuration.observe((committedAt - p.queuedAt) / 1000);
      p.span.setAttribute('crm.group_commit.size', group.length);
      if (outcome.ok) p.span.setAttribute('crm.position', outcome.result.position);
      else failed(p.span, outcome.error);
      p.span.end();
      if (outcome.ok) p.resolve(outcome.result);
      else p.reject(outcome.error);
    });
    if (!outcomes.some((o) => o.ok)) return;
    this.subscriptions.forEach((s) => s.notify());
    this.commitListeners.forEach((listener) => listener());
  }

  private readAfter(after: number, limit: number): EventEnvelope[] {
    return this.readAllStmt.all(after, limit).map((row) => this.toEnvelope(row));
  }

  private toEnvelope(row: EventRow): EventEnvelope {
    const envelope = rowToEnvelope(row);
    return this.options.upcasters ? this.options.upcasters.upcast(envelope) : envelope;
  }
}
