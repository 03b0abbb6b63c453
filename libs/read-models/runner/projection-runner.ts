import { EventEnvelope } from '../../event-store/envelope';
import { EventStore, Subscription } from '../../event-store/event-store.port';
import { DocumentStore, DocumentWrite } from '../document-store.port';
import { Projection } from '../projection';
import { errorMessage, retryParkedEvents, RetryOutcome, unresolvedFilter } from './parked-events';
import { PositionWaiters } from './position-waiters';
import { handles } from './handled-types';
import { checkpointWrite, projectBatch, ProjectionTarget } from './project-batch';
import { rebuildProjection, RebuildOptions, RebuildResult } from './rebuild';
import { ensureRegistered, PARKED_COLLECTION, readCheckpoint, readRegistries } from './registry';

export interface ProjectionRunnerOptions {
  eventStore: EventStore;
  store: DocumentStore;
  projections: Projection[];
  /** Events per commit; larger batches from the subscription are split. Default 5000 (see rebuild.ts for why large). */
  batchSize?: number;
  now?: () => Date;
  /** How often to look for a blue/green switch made by another process when idle. Default 1000 ms; 0 = never. */
  registryPollMs?: number;
  /** Wait before resubscribing from the checkpoint after a failed batch. Default 1000 ms. */
  retryDelayMs?: number;
  /**
   * A projection whose documents a batch left unchanged gets no checkpoint write for it, until it
   * has passed over this many events unwritten (bounds what a restart replays). Default 5000.
   */
  checkpointLagEvents?: number;
  onError?: (error: unknown) => void;
}

export interface ProjectionStatus {
  name: string;
  version: number;
  collection: string;
  /** Last log position applied (the checkpoint). */
  position: number;
  parked: number;
  lastError?: string;
}

/**
 * Runs projections from one catch-up subscription: per batch, every projection's changed
 * documents and checkpoint are committed in one transaction. Follows blue/green switches.
 *
 * A projection that a batch does not change (it cannot handle the events, or they change none of
 * its documents) costs nothing: no read, no write, its checkpoint moves in memory only. The stored
 * checkpoint may then lag behind; that is safe because every event between the stored and the
 * in-memory checkpoint changed nothing for that projection, so replaying them after a restart
 * changes nothing either (and per-document positions guard anyway). The lag is bounded by
 * `checkpointLagEvents` and cleared on stop. Rebuilds always write their checkpoint, so a runner
 * following a blue/green switch starts from exactly where the rebuild got to.
 */
export class ProjectionRunner {
  private readonly targets = new Map<string, ProjectionTarget>();
  private readonly parked = new Map<string, number>();
  /** Events each projection passed over since its checkpoint was last written. */
  private readonly unwritten = new Map<string, number>();
  private readonly appliedListeners = new Set<(events: EventEnvelope[]) => void>();
  private readonly waiters = new PositionWaiters();
  private subscription: Subscription | undefined;
  private generation = 0;
  /** Last position the current subscription delivered and this runner committed. */
  private cursor = 0;
  private running = false;
  private lastError: string | undefined;
  private pollTimer: NodeJS.Timeout | undefined;
  private exclusiveTail: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;

  constructor(private readonly options: ProjectionRunnerOptions) {
    this.now = options.now ?? (() => new Date());
  }

  async start(): Promise<void> {
    if (this.running) return;
    for (const projection of this.options.projections) {
      const registry = await ensureRegistered(this.options.store, projection, this.now());
      await this.useCollection(projection, registry.activeCollection);
    }
    this.running = true;
    this.subscribe();
    const pollMs = this.options.registryPollMs ?? 1000;
    if (pollMs > 0) {
      this.pollTimer = setInterval(() => void this.exclusive(() => this.followSwitches()).catch((e) => this.report(e)), pollMs);
      this.pollTimer.unref();
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    this.generation++;
    if (this.pollTimer) clearInterval(this.pollTimer);
    await this.subscription?.close();
    this.subscription = undefined;
    this.waiters.cancelAll();
    // A clean stop leaves nothing to replay: the next start resumes at the head.
    await this.exclusive(() => this.writeLaggingCheckpoints()).catch((e) => this.report(e));
  }

  /**
   * Calls `listener` with every batch right after it is committed and before waitForPosition
   * resolves for it: whoever waits for a position also finds the listener has seen its events.
   * Replays after a failure repeat events. Returns the unsubscribe function.
   */
  onApplied(listener: (events: EventEnvelope[]) => void): () => void {
    this.appliedListeners.add(listener);
    return () => this.appliedListeners.delete(listener);
  }

  /** True as soon as every projection has applied `position`; false after `timeoutMs`. */
  waitForPosition(position: number, timeoutMs: number): Promise<boolean> {
    return this.waiters.wait(this.position(), position, timeoutMs);
  }

  status(): { running: boolean; projections: ProjectionStatus[] } {
    const projections = [...this.targets.values()].map((t) => ({
      name: t.projection.name, version: t.projection.version, collection: t.collection, position: t.checkpoint,
      parked: this.parked.get(t.projection.name) ?? 0, ...(this.lastError ? { lastError: this.lastError } : {}),
    }));
    return { running: this.running, projections };
  }

  /** Re-applies the projection's parked events onto the current documents. */
  async retryParked(projectionName: string): Promise<RetryOutcome> {
    return this.exclusive(async () => {
      const target = this.target(projectionName);
      const outcome = await retryParkedEvents(this.options.store, this.options.eventStore, target, this.now);
      await this.countParked(target);
      return outcome;
    });
  }

  /** Blue/green rebuild of one projection (the runner need not be started); a running runner moves to the new collection. */
  async rebuild(projectionName: string, options: RebuildOptions = {}): Promise<RebuildResult> {
    const projection = this.options.projections.find((p) => p.name === projectionName);
    if (!projection) throw new Error(`unknown projection ${projectionName}`);
    const result = await rebuildProjection(this.options.store, this.options.eventStore, projection, { now: this.now, batchSize: this.options.batchSize, ...options });
    if (this.running) await this.exclusive(() => this.followSwitches());
    return result;
  }

  private position(): number {
    return Math.min(...[...this.targets.values()].map((t) => t.checkpoint));
  }

  private target(name: string): ProjectionTarget {
    const target = this.targets.get(name);
    if (!target) throw new Error(`unknown projection ${name}`);
    return target;
  }

  private subscribe(): void {
    const generation = ++this.generation;
    this.cursor = this.position();
    this.subscription = this.options.eventStore.subscribeAll(this.cursor, (events) => this.onEvents(generation, events));
  }

  /** Replaces the subscription from the lowest checkpoint; never awaited inside a handler (close waits for it). */
  private resubscribe(delayMs: number): void {
    this.generation++;
    const old = this.subscription;
    setTimeout(() => void (async () => {
      await old?.close();
      if (this.running && this.subscription === old) this.subscribe();
    })().catch((e) => this.report(e)), delayMs).unref();
  }

  private async onEvents(generation: number, events: EventEnvelope[]): Promise<void> {
    const size = this.options.batchSize ?? 5000;
    await this.exclusive(async () => {
      for (let i = 0; i < events.length && generation === this.generation; i += size) {
        try {
          if (await this.followSwitches()) return;
          await this.applyBatch(events.slice(i, i + size));
        } catch (error) {
          // Nothing of this batch was committed: start again from the checkpoints, later.
          this.report(error);
          this.resubscribe(this.options.retryDelayMs ?? 1000);
          return;
        }
      }
    });
  }

  private async applyBatch(events: EventEnvelope[]): Promise<void> {
    const writes: DocumentWrite[] = [];
    const outcomes: [ProjectionTarget, number, number, boolean][] = [];
    const last = events[events.length - 1].position;
    const lagLimit = this.options.checkpointLagEvents ?? 5000;
    for (const target of this.targets.values()) {
      const name = target.projection.name;
      const lagging = (this.unwritten.get(name) ?? 0) + events.length >= lagLimit;
      if (!events.some((event) => event.position > target.checkpoint && handles(target.projection, event))) {
        if (lagging) writes.push(checkpointWrite(target, last, this.now));
        outcomes.push([target, last, 0, lagging]);
        continue;
      }
      const projected = await projectBatch(this.options.store, target, events, this.now);
      const written = projected.changed > 0 || lagging;
      // The checkpoint is the last write; leave it out when the batch changed nothing here.
      writes.push(...(written ? projected.writes : projected.writes.slice(0, projected.changed)));
      outcomes.push([target, projected.lastPosition, projected.parked, written]);
    }
    if (writes.length > 0) await this.options.store.commit(writes);
    for (const [target, position, parked, written] of outcomes) {
      const name = target.projection.name;
      target.checkpoint = Math.max(target.checkpoint, position);
      this.unwritten.set(name, written ? 0 : (this.unwritten.get(name) ?? 0) + events.length);
      if (parked) this.parked.set(name, (this.parked.get(name) ?? 0) + parked);
    }
    this.cursor = events[events.length - 1].position;
    this.lastError = undefined;
    for (const listener of this.appliedListeners) listener(events);
    this.waiters.reached(this.position());
  }

  /**
   * Moves every projection whose registry points elsewhere onto its new collection. When the new
   * collection is behind what the subscription already delivered, resubscribes and returns true.
   */
  private async followSwitches(): Promise<boolean> {
    let behind = false;
    const registries = await readRegistries(this.options.store);
    for (const target of [...this.targets.values()]) {
      const registry = registries.get(target.projection.name);
      if (!registry || registry.activeCollection === target.collection) continue;
      const moved = await this.useCollection(target.projection, registry.activeCollection);
      // Drop the old generation again in case a batch re-created it after the rebuild dropped it.
      await this.options.store.dropCollection(target.collection);
      if (moved.checkpoint < this.cursor) behind = true;
    }
    if (behind) this.resubscribe(0);
    else this.waiters.reached(this.position());
    return behind;
  }

  private async useCollection(projection: Projection, collection: string): Promise<ProjectionTarget> {
    await this.options.store.ensureIndexes(collection, projection.indexes);
    const target = { projection, collection, checkpoint: await readCheckpoint(this.options.store, projection.name, collection) };
    this.targets.set(projection.name, target);
    this.unwritten.set(projection.name, 0);
    await this.countParked(target);
    return target;
  }

  /** Writes the in-memory checkpoint of every projection whose stored one lags behind it. */
  private async writeLaggingCheckpoints(): Promise<void> {
    const lagging = [...this.targets.values()].filter((t) => (this.unwritten.get(t.projection.name) ?? 0) > 0);
    if (lagging.length === 0) return;
    await this.options.store.commit(lagging.map((t) => checkpointWrite(t, t.checkpoint, this.now)));
    for (const t of lagging) this.unwritten.set(t.projection.name, 0);
  }

  private async countParked(target: ProjectionTarget): Promise<void> {
    this.parked.set(target.projection.name, await this.options.store.collection(PARKED_COLLECTION).count(unresolvedFilter(target)));
  }

  /** Batches, retries and switches take turns: none may load a document another is rewriting. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.exclusiveTail.then(work, work);
    this.exclusiveTail = run.catch(() => undefined);
    return run;
  }

  private report(error: unknown): void {
    this.lastError = errorMessage(error);
    this.options.onError?.(error);
  }
}
