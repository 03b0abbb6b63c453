import { DocumentStore } from '../../../../libs/read-models/document-store.port';
import { Projection } from '../../../../libs/read-models/projection';
import { activeCollection, readCheckpoint } from '../../../../libs/read-models/runner/registry';
import { PositionTracker } from './position-tracker';

const POLL_MS = 25;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * "Have the read models applied position n?" answered from the read-model store itself: every
 * projection's checkpoint in its live collection. Whoever runs the projections (this process,
 * another API process on the same data directory) commits there, so a process that runs none —
 * the standalone worker — waits correctly too.
 */
export class StoredCheckpointTracker implements PositionTracker {
  constructor(private readonly store: DocumentStore, private readonly projections: Projection[]) {}

  async waitForPosition(position: number, timeoutMs: number): Promise<boolean> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      if ((await this.lowestCheckpoint()) >= position) return true;
      if (performance.now() + POLL_MS > deadline) return false;
      await sleep(POLL_MS);
    }
  }

  private async lowestCheckpoint(): Promise<number> {
    const checkpoints = await Promise.all(this.projections.map(async (p) => readCheckpoint(this.store, p.name, await activeCollection(this.store, p.name))));
    return Math.min(...checkpoints);
  }
}
