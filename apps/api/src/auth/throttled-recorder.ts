/**
 * Writes the first occurrence of each key in a window (from the last flush) at once and folds the rest into one
 * summary per key when the window closes; past `maxKeys` distinct keys per window, everything
 * goes into a single overflow summary. However fast an attacker fails, a window costs at most
 * maxKeys + maxKeys + 1 writes.
 */
export interface Summary<T> {
  occurrence: T;
  /** Occurrences this write stands for. */
  count: number;
  aggregated: 'first' | 'repeats' | 'overflow';
  windowStart: string;
  windowEnd: string;
}

interface Pending<T> {
  occurrence: T;
  repeats: number;
}

export class ThrottledRecorder<T> {
  private started: number;
  private keys = new Map<string, Pending<T>>();
  private overflow: Pending<T> | undefined;

  constructor(
    private readonly write: (summary: Summary<T>) => Promise<void>,
    private readonly options: { windowMs: number; maxKeys: number },
    private readonly now: () => number = Date.now,
  ) {
    this.started = this.now();
  }

  /** Resolves once the write (if this occurrence causes one) is done. */
  async record(key: string, occurrence: T): Promise<void> {
    await this.rollIfDue();
    const pending = this.keys.get(key);
    if (pending) {
      pending.repeats++;
      pending.occurrence = occurrence;
      return;
    }
    if (this.keys.size >= this.options.maxKeys) {
      this.overflow = { occurrence, repeats: (this.overflow?.repeats ?? 0) + 1 };
      return;
    }
    this.keys.set(key, { occurrence, repeats: 0 });
    await this.write(this.summary(occurrence, 1, 'first'));
  }

  /** Writes the summaries of the window so far and starts a new one. */
  async flush(): Promise<void> {
    const keys = [...this.keys.values()];
    const overflow = this.overflow;
    const windowStart = this.started;
    this.keys = new Map();
    this.overflow = undefined;
    this.started = this.now();
    const writes = keys.filter((p) => p.repeats > 0).map((p) => this.summary(p.occurrence, p.repeats, 'repeats', windowStart));
    if (overflow) writes.push(this.summary(overflow.occurrence, overflow.repeats, 'overflow', windowStart));
    for (const summary of writes) await this.write(summary);
  }

  private async rollIfDue(): Promise<void> {
    if (this.now() - this.started >= this.options.windowMs) await this.flush();
  }

  private summary(occurrence: T, count: number, aggregated: Summary<T>['aggregated'], start = this.started): Summary<T> {
    return {
      occurrence, count, aggregated,
      windowStart: new Date(start).toISOString(), windowEnd: new Date(start + this.options.windowMs).toISOString(),
    };
  }
}
