interface Waiter {
  position: number;
  resolve: (reached: boolean) => void;
  timer: NodeJS.Timeout;
}

/** Read-your-writes without polling: waiters are resolved by the runner as checkpoints move. */
export class PositionWaiters {
  private waiters: Waiter[] = [];

  wait(current: number, position: number, timeoutMs: number): Promise<boolean> {
    if (current >= position) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => this.settle(waiter, false), Math.max(0, timeoutMs));
      // A long wait (e.g. readiness) must not keep the process alive by itself.
      timer.unref();
      const waiter: Waiter = { position, resolve, timer };
      this.waiters.push(waiter);
    });
  }

  /** The checkpoint reached `current`: release everyone waiting for it or less. */
  reached(current: number): void {
    for (const waiter of this.waiters.filter((w) => w.position <= current)) this.settle(waiter, true);
  }

  cancelAll(): void {
    for (const waiter of [...this.waiters]) this.settle(waiter, false);
  }

  private settle(waiter: Waiter, reached: boolean): void {
    clearTimeout(waiter.timer);
    this.waiters = this.waiters.filter((w) => w !== waiter);
    waiter.resolve(reached);
  }
}
