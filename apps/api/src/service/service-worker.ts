import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { RunningProjections } from '../../../../libs/read-models/runner/running-projections';
import { PROJECTION_RUNNER } from '../infrastructure/tokens';
import { AutomationRunner } from './automation/automation-runner';
import { SlaScheduler } from './sla/sla-scheduler';

/** How often the SLA scheduler and the automation runner look for work. */
export const SERVICE_TICK_MS = 1000;

/**
 * Drives the SLA scheduler and the automation runner in the API process, from the moment the
 * projections run (so their read models are trustworthy) until the app closes. Their state is all
 * in the log and the read models: a restart loses nothing and repeats nothing.
 */
@Injectable()
export class ServiceWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('service-worker');
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;

  constructor(
    @Inject(PROJECTION_RUNNER) private readonly runner: RunningProjections,
    @Inject(SlaScheduler) private readonly scheduler: SlaScheduler,
    @Inject(AutomationRunner) private readonly automation: AutomationRunner,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), SERVICE_TICK_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.inFlight;
  }

  /** One round at `now`, skipped while the projections are not running or the last round is still going. */
  tick(now = new Date()): Promise<void> {
    if (this.inFlight || !this.runner.status().running) return this.inFlight ?? Promise.resolve();
    this.inFlight = (async () => {
      try {
        await this.scheduler.sweep(now);
        while ((await this.automation.runOnce()) > 0 && this.runner.status().running);
      } catch (error) {
        this.logger.warn(error instanceof Error ? error.message : String(error));
      } finally {
        this.inFlight = undefined;
      }
    })();
    return this.inFlight;
  }
}
