/** The part of a stored event an upcaster may look at. */
export interface UpcastInput {
  type: string;
  schemaVersion: number;
  data: Record<string, unknown>;
  personal?: Record<string, unknown>;
}

/**
 * What an upcaster returns for version n+1. `personal` left out means "unchanged": the personal
 * part may be ciphertext the store cannot read, so most upcasters must not touch it.
 */
export interface UpcastOutput {
  data: Record<string, unknown>;
  personal?: Record<string, unknown>;
}

/** Turns an event of schema version n into version n+1. Pure; never mutates its input. */
export type Upcaster = (event: UpcastInput) => UpcastOutput;

/**
 * Upcasters per (type, fromVersion), applied on read so that consumers only ever see the
 * latest schema version of each type. Stored events are never rewritten.
 */
export class UpcasterRegistry {
  private readonly upcasters = new Map<string, Map<number, Upcaster>>();

  /** Registers the step `fromVersion` → `fromVersion + 1` for `type`. */
  register(type: string, fromVersion: number, upcaster: Upcaster): this {
    if (!Number.isInteger(fromVersion) || fromVersion < 1) {
      throw new Error(`upcaster for ${type}: fromVersion must be an integer >= 1, got ${fromVersion}`);
    }
    const steps = this.upcasters.get(type) ?? new Map<number, Upcaster>();
    if (steps.has(fromVersion)) {
      throw new Error(`upcaster for ${type} v${fromVersion} is registered twice`);
    }
    steps.set(fromVersion, upcaster);
    this.upcasters.set(type, steps);
    return this;
  }

  /** The newest schema version the registry knows for `type` (undefined when it has no upcasters). */
  latestVersion(type: string): number | undefined {
    const steps = this.upcasters.get(type);
    if (!steps) return undefined;
    return Math.max(...steps.keys()) + 1;
  }

  /**
   * Returns the event at the latest version: a new object when a step applied, the same
   * object otherwise. Throws when a step in the chain is missing, because silently handing
   * an old shape to consumers would corrupt read models.
   */
  upcast<E extends UpcastInput>(event: E): E {
    const steps = this.upcasters.get(event.type);
    if (!steps) return event;
    const latest = this.latestVersion(event.type) as number;
    let current: E = event;
    while (current.schemaVersion < latest) {
      const step = steps.get(current.schemaVersion);
      if (!step) {
        throw new Error(`no upcaster for ${event.type} v${current.schemaVersion} (latest is v${latest})`);
      }
      const out = step(current);
      current = {
        ...current,
        schemaVersion: current.schemaVersion + 1,
        data: out.data,
        personal: 'personal' in out ? out.personal : current.personal,
      };
    }
    return current;
  }
}
