import { Injectable } from '@nestjs/common';

/** Checks that the worker's lease is still held; call it before every write a job makes. */
export type Fence = () => Promise<void>;

/**
 * A piece of background work the worker role runs each round, once in every deployment: only the
 * process holding the worker lease runs it, after the read models reached the log head. A job keeps
 * its state in the log or the read models so that a takeover repeats nothing.
 */
export interface BackgroundJob {
  readonly name: string;
  run(now: Date, fence: Fence): Promise<void>;
}

/**
 * Where feature modules register their background jobs (in onModuleInit), so that the worker
 * runs new kinds of work without knowing them.
 */
@Injectable()
export class BackgroundJobs {
  private readonly registered: BackgroundJob[] = [];

  register(job: BackgroundJob): void {
    if (this.registered.some((known) => known.name === job.name)) throw new Error(`background job ${job.name} registered twice`);
    this.registered.push(job);
  }

  all(): readonly BackgroundJob[] {
    return this.registered;
  }
}
