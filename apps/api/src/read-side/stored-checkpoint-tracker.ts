import { EventStore } from '../../../../libs/event-store/event-store.port';
import { DocumentStore } from '../../../../libs/read-models/document-store.port';
import { Projection } from '../../../../libs/read-models/projection';
import { projectBatch } from '../../../../libs/read-models/runner/project-batch';
import { activeCollection, readCheckpoint } from '../../../../libs/read-models/runner/registry';
import { PositionTracker } from './position-tracker';

const POLL_MS = 25;
const PAGE = 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * "Do the read models reflect position n?" answered from the read-model store itself, so a
 * process that runs no projections (the standalone worker) waits correctly on whoever runs them.
 * The stored checkpoint alone cannot say: the runner writes none for batches that change nothing
 * of a projection, so it lags. A projection reflects n when its stored checkpoint is at n, or when
 * projecting the events between that checkpoint and n over the stored documents — a dry run,
 * nothing is written — would change nothing (every document already carries those positions).
 * What was found reflected is remembered, so each poll reads only the log added since.
 */
export class StoredCheckpointTracker implements PositionTracker {
  /** Per projection generation: the position through which it is known to have applied everything. */
  private readonly appliedThrough = new Map<string, number>();

  constructor(private readonly store: DocumentStore, private readonly log: EventStore, private readonly projections: Projection[]) {}

  async waitForPosition(position: number, timeoutMs: number): Promise<boolean> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const reached = await Promise.all(this.projections.map((p) => this.hasApplied(p, position)));
      if (reached.every(Boolean)) return true;
      if (performance.now() + POLL_MS > deadline) return false;
      await sleep(POLL_MS);
    }
  }

  private async hasApplied(projection: Projection, position: number): Promise<boolean> {
    const collection = await activeCollection(this.store, projection.name);
    const key = `${projection.name}@${collection}`;
    let through = Math.max(await readCheckpoint(this.store, projection.name, collection), this.appliedThrough.get(key) ?? 0);
    try {
      while (through < position) {
        const page = await this.log.readAll({ after: through, limit: PAGE });
        const events = page.filter((e) => e.position <= position);
        if (page.length === 0) return false; // n is beyond the log: not there yet
        if (events.length > 0) {
          const dryRun = await projectBatch(this.store, { projection, collection, checkpoint: through }, events, () => new Date());
          // A document the store does not show as having seen one of these events yet. (Parked
          // records and the checkpoint are other collections: an event that only parks never lands.)
          if (dryRun.writes.some((write) => write.collection === collection)) return false;
        }
        through = events.length < page.length ? position : events[events.length - 1].position;
      }
      return true;
    } finally {
      this.appliedThrough.set(key, through);
    }
  }
}
