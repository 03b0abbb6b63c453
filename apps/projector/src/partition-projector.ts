import { EventEnvelope } from '../../../libs/event-store/envelope';
import { EventStore } from '../../../libs/event-store/event-store.port';
import { partitionCheckpointId } from '../../../libs/messaging/kafka/partitioning';
import { BatchSource } from '../../../libs/messaging/kafka/kafka-event-consumer';
import { PersonalDataSealer } from '../../../libs/privacy/personal-data-sealer';
import { DocumentStore, DocumentWrite } from '../../../libs/read-models/document-store.port';
import { Projection } from '../../../libs/read-models/projection';
import { projectBatch } from '../../../libs/read-models/runner/project-batch';
import { ROOT_CONTEXT } from '@opentelemetry/api';
import { projectorBatches, projectorEvents, projectorParked } from '../../../libs/observability/metrics';
import { inSpan, linkTo, SpanKind } from '../../../libs/observability/tracing';
import { CHECKPOINT_COLLECTION, ensureRegistered, readCheckpoint, readRegistry } from '../../../libs/read-models/runner/registry';

export interface PartitionProjectorOptions {
  store: DocumentStore;
  sealer: PersonalDataSealer;
  projections: Projection[];
  /** The raw log, opened only when a blue/green switch needs the gap replayed. */
  openLog: () => EventStore;
  now?: () => Date;
}

/** What this process has done, for /metrics and /health/ready. */
export interface ProjectorStats {
  batches: number;
  events: number;
  parked: number;
  /** Partition → last log position this process committed for it. */
  positions: Map<number, number>;
}

/**
 * Applies one Kafka partition's batch to every projection: personal fields opened, the same
 * `projectBatch` as the embedded runner, and the documents committed together with the
 * partition's checkpoint document in ONE commit. Offsets are committed after this resolves, so a
 * crash in between redelivers the batch and the position guards make the replay change nothing.
 */
export class PartitionProjector {
  readonly stats: ProjectorStats = { batches: 0, events: 0, parked: 0, positions: new Map() };
  private readonly collections = new Map<string, string>();
  private log: EventStore | undefined;
  private readonly now: () => Date;

  constructor(private readonly options: PartitionProjectorOptions) {
    this.now = options.now ?? (() => new Date());
  }

  async start(): Promise<void> {
    for (const projection of this.options.projections) {
      const registry = await ensureRegistered(this.options.store, projection, this.now());
      await this.options.store.ensureIndexes(registry.activeCollection, projection.indexes);
      this.collections.set(projection.name, registry.activeCollection);
    }
  }

  /** One consumer span per batch, linked to the relay's publish span of each message. */
  async apply(sealed: EventEnvelope[], source: BatchSource): Promise<void> {
    if (sealed.length === 0) return;
    const links = (source.traceparents ?? []).flatMap(linkTo);
    await inSpan('projector apply', {
      kind: SpanKind.CONSUMER,
      parent: ROOT_CONTEXT,
      links,
      attributes: { 'messaging.system': 'kafka', 'messaging.destination.name': source.topic, 'messaging.destination.partition.id': String(source.partition), 'messaging.batch.message_count': sealed.length },
    }, () => this.applyBatch(sealed, source));
  }

  private async applyBatch(sealed: EventEnvelope[], { topic, partition }: BatchSource): Promise<void> {
    await this.followSwitches();
    const events = await this.options.sealer.open(sealed);
    const writes = await this.project(events);
    // A relay restart re-sends a tail, so the batch's last event need not be its newest.
    const last = Math.max(...events.map((e) => e.position));
    writes.push({
      collection: CHECKPOINT_COLLECTION,
      doc: { _id: partitionCheckpointId(topic, partition), _position: last, topic, partition, updatedAt: this.now().toISOString() },
    });
    await this.options.store.commit(writes);
    this.stats.batches++;
    this.stats.events += events.length;
    projectorBatches.inc();
    projectorEvents.inc(events.length);
    this.stats.positions.set(partition, Math.max(last, this.stats.positions.get(partition) ?? 0));
  }

  async close(): Promise<void> {
    await this.log?.close();
  }

  /**
   * Positions interleave across partitions, so a projection-wide checkpoint would claim events
   * of other partitions that are not applied yet: projectBatch's checkpoint write is dropped and
   * every event is offered to the per-document guards (checkpoint 0).
   */
  private async project(events: EventEnvelope[], only?: Projection): Promise<DocumentWrite[]> {
    const writes: DocumentWrite[] = [];
    for (const projection of only ? [only] : this.options.projections) {
      const collection = this.collections.get(projection.name)!;
      const projected = await projectBatch(this.options.store, { projection, collection, checkpoint: 0 }, events, this.now);
      writes.push(...projected.writes.filter((w) => w.collection !== CHECKPOINT_COLLECTION));
      this.stats.parked += projected.parked;
      if (projected.parked) projectorParked.inc({ projection: projection.name }, projected.parked);
    }
    return writes;
  }

  /**
   * After a rebuild (`crm rebuild`) switched a projection to a new collection, the events this
   * group applied to the old one after the rebuild read the log are missing from the new one and
   * their offsets are already committed: replay them from the raw log, from the rebuild's
   * checkpoint to the head. Guards make overlap with Kafka deliveries harmless.
   */
  private async followSwitches(): Promise<void> {
    for (const projection of this.options.projections) {
      const active = (await readRegistry(this.options.store, projection.name))?.activeCollection;
      if (!active || active === this.collections.get(projection.name)) continue;
      await this.options.store.ensureIndexes(active, projection.indexes);
      this.collections.set(projection.name, active);
      this.log ??= this.options.openLog();
      let after = await readCheckpoint(this.options.store, projection.name, active);
      for (;;) {
        const batch = await this.log.readAll({ after, limit: 1000 });
        if (batch.length === 0) break;
        await this.options.store.commit(await this.project(await this.options.sealer.open(batch), projection));
        after = batch[batch.length - 1].position;
      }
    }
  }
}
