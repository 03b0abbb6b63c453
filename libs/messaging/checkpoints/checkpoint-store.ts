/**
 * Where a reader of the log remembers how far it got. `load` answers 0 for a name never saved.
 * Saving happens only after the work up to `position` is durable elsewhere (at-least-once).
 */
export interface CheckpointStore {
  load(name: string): Promise<number>;
  save(name: string, position: number): Promise<void>;
}

export class InMemoryCheckpointStore implements CheckpointStore {
  private readonly positions = new Map<string, number>();

  async load(name: string): Promise<number> {
    return this.positions.get(name) ?? 0;
  }

  async save(name: string, position: number): Promise<void> {
    this.positions.set(name, position);
  }
}
