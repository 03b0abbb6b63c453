import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { EventStore } from '../../../../libs/event-store/event-store.port';
import { Lease, LeaseLostError, LeaseStore } from '../../../../libs/coordination/lease-store';
import { ApiConfig } from '../config/config';
import { API_CONFIG, EVENT_STORE, LEASE_STORE, STORED_POSITIONS } from '../infrastructure/tokens';
import { PositionTracker } from '../read-side/position-tracker';
import { AutomationRunner } from './automation/automation-runner';
import { SlaScheduler } from './sla/sla-scheduler';
import { BackgroundJobs } from '../infrastructure/background-jobs';

/** The lease every worker (API in-process or `npm run worker`) competes for. */
export const SERVICE_WORKER_LEASE = 'service-worker';

/** What a worker knows about itself, for /health and /metrics. */
export interface ServiceWorkerStatus {
  holder: string;
  leader: boolean;
  token?: number;
  rounds: number;
  /** Rounds skipped because the read models had not reached the log head yet. */
  behind: number;
  takeovers: number;
  /** What the last sweep found due and brought onto corrected policies. */
  lastSweep?: { due: number; recomputed: number };
  lastRoundAt?: string;
  lastError?: string;
}

/**
 * The service worker: SLA scheduling and automation, run by whichever process holds the
 * `service-worker` lease (an API process with CRM_WORKER=inprocess, or `npm run worker`), so any
 * number of them do each piece of work once. Each round renews the lease, waits until the read
 * models as stored reach the log head, and checks before every write that its tenure (fencing
 * token) is still current. Its state is all in the log and the read models: a restart or a
 * takeover loses nothing and repeats nothing.
 */
@Injectable()
export class ServiceWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('service-worker');
  private readonly holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;
  private lease: Lease | null = null;
  private readonly counters = {
    rounds: 0, behind: 0, takeovers: 0,
    lastSweep: undefined as { due: number; recomputed: number } | undefined, lastRoundAt: undefined as string | undefined, lastError: undefined as string | undefined,
  };

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(LEASE_STORE) private readonly leases: LeaseStore,
    @Inject(STORED_POSITIONS) private readonly positions: PositionTracker,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SlaScheduler) private readonly scheduler: SlaScheduler,
    @Inject(AutomationRunner) private readonly automation: AutomationRunner,
    @Inject(BackgroundJobs) private readonly jobs: BackgroundJobs,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.worker.mode === 'off') return;
    this.timer = setInterval(() => void this.tick(), this.config.worker.tickMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.inFlight;
    // A clean stop hands over at once instead of after the lease time.
    if (this.lease) await this.leases.release(this.lease).catch(() => undefined);
    this.lease = null;
  }

  status(): ServiceWorkerStatus {
    return { holder: this.holder, leader: this.lease !== null && this.lease.expiresAt > Date.now(), token: this.lease?.token, ...this.counters };
  }

  /** One round at `now`: skipped unless this process holds the lease and the read models caught up; never two at once. */
  tick(now = new Date()): Promise<void> {
    if (this.inFlight) return this.inFlight;
    this.inFlight = this.round(now).finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  private async round(now: Date): Promise<void> {
    try {
      if (!(await this.holdLease())) return;
      const head = await this.store.headPosition();
      // The deadlines and rules are read models: acting on ones behind the log could miss or misjudge work.
      if (!(await this.positions.waitForPosition(head, this.config.worker.tickMs))) {
        this.counters.behind++;
        return;
      }
      const fence = () => this.assertLeader();
      this.counters.lastSweep = await this.scheduler.sweep(now, fence);
      while ((await this.automation.runOnce(500, fence)) > 0);
      for (const job of this.jobs.all()) await job.run(now, fence);
      this.counters.rounds++;
      this.counters.lastRoundAt = new Date().toISOString();
      this.counters.lastError = undefined;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.counters.lastError = message;
      if (error instanceof LeaseLostError) this.lease = null;
      this.logger.warn(message);
    }
  }

  private async holdLease(): Promise<boolean> {
    const { leaseMs } = this.config.worker;
    const held = this.lease ? await this.leases.renew(this.lease, leaseMs) : null;
    if (held) {
      this.lease = held;
      return true;
    }
    if (this.lease) this.logger.warn(`lost the ${SERVICE_WORKER_LEASE} lease (token ${this.lease.token})`);
    this.lease = await this.leases.acquire(SERVICE_WORKER_LEASE, this.holder, leaseMs);
    if (!this.lease) return false;
    this.counters.takeovers++;
    this.logger.log(`holding the ${SERVICE_WORKER_LEASE} lease as ${this.holder} (token ${this.lease.token})`);
    return true;
  }

  /** The fence: every write of a round first checks the tenure it started under is still current. */
  private async assertLeader(): Promise<void> {
    const lease = this.lease;
    if (!lease || !(await this.leases.isCurrent(lease))) throw new LeaseLostError(lease ?? { name: SERVICE_WORKER_LEASE, holder: this.holder, token: 0, expiresAt: 0 });
  }
}
