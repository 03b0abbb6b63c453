import { Logger } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { EventEnvelope } from '../../../../libs/event-store/envelope';
import { PositionWaiters } from '../../../../libs/read-models/runner/position-waiters';
import { RunningProjections } from '../../../../libs/read-models/runner/running-projections';
import { FromWorker, ProjectionWorkerData, RunnerStatus, ToWorker } from './projection-thread-messages';

export interface ProjectionThreadOptions extends Omit<ProjectionWorkerData, 'commits'> {
  /** Wait before a worker that died is started again. Default 1000 ms. */
  restartDelayMs?: number;
}

/**
 * The projections of the embedded deployment, run off the request loop in a worker thread
 * (projection-worker.ts). This side keeps what the API asks of them: the applied position
 * (read-your-writes, readiness, erasure), the status (health, metrics) and the applied key
 * changes (key cache). A worker that dies is logged and started again; it resumes from its
 * checkpoints, so nothing is lost or applied twice.
 */
export class ProjectionThread implements RunningProjections {
  private readonly logger = new Logger('projection-thread');
  private readonly waiters = new PositionWaiters();
  private readonly appliedListeners = new Set<(events: EventEnvelope[]) => void>();
  private worker: Worker | undefined;
  private current: RunnerStatus = { running: false, projections: [] };
  private wanted = false;
  private restartTimer: NodeJS.Timeout | undefined;
  /** [0]: commits made here; [1]: 1 while the worker waits for one (else it will look anyway). */
  private readonly commits = new Int32Array(new SharedArrayBuffer(8));

  constructor(private readonly options: ProjectionThreadOptions) {}

  /** Resolves once the worker's runner has started (its checkpoints are known). */
  async start(): Promise<void> {
    if (this.wanted) return;
    this.wanted = true;
    await this.spawn();
  }

  async stop(): Promise<void> {
    this.wanted = false;
    clearTimeout(this.restartTimer);
    const worker = this.worker;
    this.worker = undefined;
    this.current = { ...this.current, running: false };
    this.waiters.cancelAll();
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage({ kind: 'stop' } satisfies ToWorker);
    await exited;
  }

  /** A commit in this process: the worker looks at the log now rather than at its next poll. */
  appended(): void {
    Atomics.add(this.commits, 0, 1);
    // A notify costs a cross-thread wake-up; a busy worker re-reads the counter before it waits again.
    if (Atomics.load(this.commits, 1) === 1) Atomics.notify(this.commits, 0);
  }

  status(): RunnerStatus {
    return this.current;
  }

  waitForPosition(position: number, timeoutMs: number): Promise<boolean> {
    return this.waiters.wait(this.position(), position, timeoutMs);
  }

  onApplied(listener: (events: EventEnvelope[]) => void): () => void {
    this.appliedListeners.add(listener);
    return () => this.appliedListeners.delete(listener);
  }

  private position(): number {
    const { projections } = this.current;
    return projections.length === 0 ? 0 : Math.min(...projections.map((p) => p.position));
  }

  private spawn(): Promise<void> {
    const worker = startWorker({ config: this.options.config, forwardTypePrefixes: this.options.forwardTypePrefixes, commits: this.commits.buffer as SharedArrayBuffer });
    this.worker = worker;
    return new Promise<void>((resolve, reject) => {
      let started = false;
      worker.on('message', (message: FromWorker) => {
        if (worker !== this.worker) return;
        if (message.kind === 'error') this.logger.warn(`projection batch failed, retrying from the checkpoints: ${message.message}`);
        if (message.kind !== 'started' && message.kind !== 'applied') return;
        this.current = message.status;
        // The key cache hears of a change before anyone waiting for its position is released.
        if (message.kind === 'applied' && message.forwarded.length > 0) for (const listener of this.appliedListeners) listener(message.forwarded);
        this.waiters.reached(this.position());
        if (message.kind === 'started' && !started) {
          started = true;
          resolve();
        }
      });
      worker.on('error', (error) => this.logger.error(`projection worker failed: ${error.message}`));
      worker.on('exit', (code) => {
        if (worker !== this.worker) return;
        this.worker = undefined;
        this.current = { ...this.current, running: false };
        if (!started) {
          reject(new Error(`the projection worker exited with code ${code} before it started`));
          return;
        }
        if (!this.wanted) return;
        this.logger.error(`projection worker exited with code ${code}; starting a new one from the checkpoints`);
        this.restartTimer = setTimeout(() => void this.spawn().catch((e: Error) => this.logger.error(e.message)), this.options.restartDelayMs ?? 1000);
        this.restartTimer.unref();
      });
    });
  }

  /** For tests: the thread's id, to show a worker that died was replaced. */
  get threadId(): number | undefined {
    return this.worker?.threadId;
  }

  /** For tests: ends the worker abruptly, as a crash would. */
  async crashForTest(): Promise<void> {
    await this.worker?.terminate();
  }
}

/** From the build the entry is JavaScript; from the sources (tests, `npm start:dev`) SWC compiles it on load. */
function startWorker(workerData: ProjectionWorkerData): Worker {
  const built = join(__dirname, 'projection-worker.js');
  if (existsSync(built)) return new Worker(built, { workerData });
  const source = join(__dirname, 'projection-worker.ts');
  const register = join(__dirname, '../../../../libs/testing/register-ts.js');
  return new Worker(`require(${JSON.stringify(register)}); require(${JSON.stringify(source)});`, { eval: true, workerData });
}
