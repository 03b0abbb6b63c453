import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CaseDocument } from '../../../../../libs/read-models/service/case.document';
import { SlaDeadline } from '../../../../../libs/read-models/service/sla-deadlines.projection';
import { CommandContext, CommandResult } from '../../commands/command-context';
import { slaBreaches } from '../../../../../libs/observability/metrics';
import { ReadModels } from '../../read-side/read-models.service';
import { CaseActionCommand } from '../commands/service.commands';

const BATCH = 500;
const ACTOR = 'system:sla-scheduler';

/** Called before every write; throws when this process may no longer act (a lost lease). */
export type Fence = () => Promise<void>;
const unfenced: Fence = async () => undefined;

export interface SweepResult {
  /** Deadlines found due (some may turn out stale and record nothing). */
  due: number;
  /** Cases brought onto a corrected policy version. */
  recomputed: number;
}

/**
 * Records SLA warnings and breaches once their time has come, from the durable `sla-deadlines`
 * read model, so a deadline that passed while no process ran is found by the next one to start.
 * Each record is a command on the case with a key derived from the deadline itself: a second
 * sweep, a restarted process or a second instance finds the first record and adds nothing.
 */
@Injectable()
export class SlaScheduler {
  private readonly logger = new Logger('sla-scheduler');

  constructor(
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(CommandBus) private readonly commands: CommandBus,
  ) {}

  async sweep(now: Date, fence: Fence = unfenced): Promise<SweepResult> {
    return { due: await this.recordDeadlines(now, fence), recomputed: await this.applyCorrectedPolicies(now, fence) };
  }

  private async recordDeadlines(now: Date, fence: Fence): Promise<number> {
    const deadlines = await this.readModels.collection('sla-deadlines');
    const due = (await deadlines.find({ dueAt: { $lte: now.toISOString() } }, { sort: { dueAt: 1 }, limit: BATCH })) as SlaDeadline[];
    for (const deadline of due) {
      const key = `sla-${deadline.kind}:${deadline.caseId}:${deadline.clock}:${deadline.dueAt}`;
      await fence();
      // The breach happened at its due time (business time), whenever it is noticed.
      await this.run(new CaseActionCommand(
        { type: deadline.kind === 'breach' ? 'RecordSlaBreach' : 'RecordSlaWarning', caseId: deadline.caseId, clock: deadline.clock, dueAt: deadline.dueAt!, observedAt: now.toISOString() },
        this.context(key, deadline.dueAt!),
      ));
    }
    return due.length;
  }

  /** Open cases still on an older version of their policy follow the corrected calendar and targets. */
  private async applyCorrectedPolicies(now: Date, fence: Fence): Promise<number> {
    const policies = await (await this.readModels.collection('sla-policies')).find({});
    const cases = await this.readModels.collection('cases');
    let recomputed = 0;
    for (const policy of policies) {
      const stale = (await cases.find({ $and: [{ slaPolicyId: policy._id }, { policyVersion: { $lt: policy.version } }, { status: { $ne: 'closed' } }] }, { limit: BATCH })) as CaseDocument[];
      for (const doc of stale) {
        await fence();
        await this.run(new CaseActionCommand({ type: 'ApplySlaPolicy', caseId: doc.caseId }, this.context(`sla-policy:${policy._id}:${policy.version}:${doc.caseId}`, now.toISOString())));
        recomputed++;
      }
    }
    return recomputed;
  }

  private context(key: string, occurredAt: string): CommandContext {
    return { actor: ACTOR, correlationId: key, source: 'system', occurredAt, idempotencyKey: key, requestHash: key };
  }

  private async run(command: CaseActionCommand): Promise<void> {
    try {
      const result: CommandResult | undefined = await this.commands.execute(command);
      const { type } = command.command;
      // Counted when written: a repeated sweep finds the first record and adds nothing.
      if (result?.written && (type === 'RecordSlaBreach' || type === 'RecordSlaWarning')) slaBreaches.inc({ kind: type === 'RecordSlaBreach' ? 'breach' : 'warning' });
    } catch (error) {
      // One case failing must not hold up every other deadline; the next sweep tries again.
      this.logger.warn(`${command.command.type} on case ${command.command.caseId}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
