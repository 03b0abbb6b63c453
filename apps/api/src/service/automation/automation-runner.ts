import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { parseBusinessDuration } from '../../../../../libs/domain/service/business-time/business-duration';
import { AutomationActionClaimed, AutomationActionExecuted, automationRunStream } from '../../../../../libs/domain/service/automation/automation.events';
import { EventEnvelope } from '../../../../../libs/event-store/envelope';
import { EventStore } from '../../../../../libs/event-store/event-store.port';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '../../../../../libs/event-store/errors';
import { toCloudEvent } from '../../../../../libs/messaging/cloudevents';
import { DocumentStore } from '../../../../../libs/read-models/document-store.port';
import { CommandContext } from '../../commands/command-context';
import { deterministicId } from '../../commands/deterministic-id';
import { API_CONFIG, DOCUMENT_STORE, EVENT_STORE, RAW_EVENT_STORE } from '../../infrastructure/tokens';
import { ApiConfig } from '../../config/config';
import { ReadModels } from '../../read-side/read-models.service';
import { CaseActionCommand, TaskCommand } from '../commands/service.commands';
import { Fence } from '../sla/sla-scheduler';
import { ActiveRule, mayTrigger, ruleApplies } from './rule-match';
import { deliverWebhook, deliveryBudgetMs, WebhookOptions } from './webhook';
import { WebhookTargets } from './webhook-target';

export const AUTOMATION_CHECKPOINTS = 'automation_checkpoints';
const CHECKPOINT_ID = 'automation';
const EXECUTED = 'crm.automation.action-executed';
/** How often a runner looks again at a run another runner holds. */
const CLAIM_POLL_MS = 50;
type Outcome = Omit<AutomationActionExecuted['data'], 'runId' | 'ruleId' | 'triggerEventId' | 'triggerPosition' | 'action'>;

/**
 * Runs automation rules over the log in order, at least once: the checkpoint moves only after a
 * batch is done, so a crash repeats work, and every action is idempotent by a run id derived from
 * rule and triggering event (task id, case event id, webhook Idempotency-Key, run record).
 * Runners working at the same time (the worker's tick and a manual run, or two API processes)
 * act once per run: each run is claimed in its stream first, and only the claim's winner acts.
 */
@Injectable()
export class AutomationRunner {
  private readonly logger = new Logger('automation');
  webhookOptions: WebhookOptions = {};
  private readonly instanceId = randomUUID();
  /** Batches of this instance run one after the other; a second caller waits for the first. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(WebhookTargets) private readonly targets: WebhookTargets,
    @Inject(API_CONFIG) config: ApiConfig,
    /** The log as stored (sealed): a batch no rule can fire on is passed without opening a subject key. */
    @Inject(RAW_EVENT_STORE) private readonly sealedStore: EventStore,
  ) {
    this.webhookOptions = { secret: config.webhooks.automationSecret };
  }

  /** Processes the next batch of the log after the checkpoint; returns how many events it read. */
  runOnce(limit = 500, fence: Fence = async () => undefined): Promise<number> {
    const batch = this.queue.then(() => this.runBatch(limit, fence));
    this.queue = batch.catch(() => undefined);
    return batch;
  }

  private async runBatch(limit: number, fence: Fence): Promise<number> {
    const checkpoint = (await this.documents.collection(AUTOMATION_CHECKPOINTS).findOne({ _id: CHECKPOINT_ID }))?._position ?? 0;
    const sealed = await this.sealedStore.readAll({ after: checkpoint, limit });
    if (sealed.length === 0) return 0;
    const last = sealed[sealed.length - 1].position;
    // Rules are read from their read model, which must have seen every event of the batch.
    await this.readModels.awaitPosition(last);
    const rules = await this.activeRules();
    // Opening every event of a large log (an import) would load every subject's key for nothing.
    const triggering = sealed.some((event) => rules.some((rule) => mayTrigger(rule, event)));
    const events = triggering ? await this.store.readAll({ after: checkpoint, limit: sealed.length }) : [];
    for (const event of events) {
      for (const rule of rules.filter((r) => ruleApplies(r, event))) {
        await fence();
        await this.execute(rule, event);
      }
    }
    const upTo = triggering ? last : await this.quietUpTo(last, rules);
    await fence();
    await this.documents.commit([{ collection: AUTOMATION_CHECKPOINTS, doc: { _id: CHECKPOINT_ID, _position: upTo } }]);
    return events.length;
  }

  /**
   * How far past `last` the log holds nothing any rule can fire on. A rule fires only on events
   * after its definition and before its disabling, so with no rule live after `last` that is the
   * next definition, or the head when there is none: an imported million events are passed in one
   * step instead of batch by batch.
   */
  private async quietUpTo(last: number, rulesAtLast: ActiveRule[]): Promise<number> {
    const liveBefore = (rules: ActiveRule[], end: number) =>
      rules.some((r) => r.definedPosition < end && (r.disabledPosition === null || r.disabledPosition > last + 1));
    if (liveBefore(rulesAtLast, last + 1)) return last;
    const ahead = rulesAtLast.map((r) => r.definedPosition).filter((p) => p > last);
    const target = ahead.length ? Math.min(...ahead) : await this.sealedStore.headPosition();
    if (target <= last) return last;
    // Rules defined between the batch and the target are in the read model only once it got there.
    await this.readModels.awaitPosition(target);
    return liveBefore(await this.activeRules(), target) ? last : target;
  }

  private async activeRules(): Promise<ActiveRule[]> {
    return (await (await this.readModels.collection('automation-rules')).find({})).map((doc) => ({
      ...doc, condition: JSON.parse(String(doc.conditionJson ?? '{}')),
    })) as unknown as ActiveRule[];
  }

  private async execute(rule: ActiveRule, event: EventEnvelope): Promise<void> {
    const runId = deterministicId('automation', rule.ruleId, event.eventId);
    const claimed = await this.claim(runId, rule, event);
    if (claimed === undefined) return; // done before a crash or by another runner
    let outcome: Outcome;
    try {
      outcome = await this.perform(rule, event, runId);
    } catch (error) {
      outcome = { outcome: 'failed', error: error instanceof Error ? error.message.slice(0, 500) : String(error) };
    }
    if (outcome.outcome === 'failed') this.logger.warn(`rule ${rule.ruleId} on event ${event.eventId}: ${outcome.error}`);
    const customerId = typeof event.data.customerId === 'string' ? event.data.customerId : undefined;
    const caseId = typeof event.data.caseId === 'string' ? event.data.caseId : undefined;
    const data: AutomationActionExecuted['data'] = {
      runId, ruleId: rule.ruleId, triggerEventId: event.eventId, triggerPosition: event.position, action: rule.action.kind as AutomationActionExecuted['data']['action'],
      ...(customerId ? { customerId } : {}), ...(caseId ? { caseId } : {}), ...outcome,
    };
    try {
      await this.store.append(automationRunStream(runId), [{
        eventId: deterministicId(runId, 'executed'), type: EXECUTED, schemaVersion: 1, data, subjectId: customerId ?? rule.ruleId,
        occurredAt: new Date().toISOString(), metadata: { actor: `automation:${rule.ruleId}`, correlationId: event.metadata.correlationId, causationId: event.eventId, source: 'automation' },
      }], claimed);
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError || error instanceof DuplicateEventIdError)) throw error;
    }
  }

  /**
   * Claims the run for this runner: the stream revision of the claim, or undefined when the run has
   * an outcome already. A live claim of another runner is waited out (its outcome, or its lease
   * running out), never skipped: skipping would let the checkpoint pass a run nobody finishes.
   */
  private async claim(runId: string, rule: ActiveRule, event: EventEnvelope): Promise<number | undefined> {
    const stream = automationRunStream(runId);
    for (;;) {
      const run = await this.store.readStream(stream);
      if (run.some((e) => e.type === EXECUTED)) return undefined;
      const last = run.at(-1);
      // Our own unfinished claim is stale (this runner's batches run one at a time): take it again at once.
      if (last && last.data.claimedBy !== this.instanceId && Date.parse(String(last.data.leaseUntil)) > Date.now()) {
        await new Promise((resolve) => setTimeout(resolve, CLAIM_POLL_MS));
        continue;
      }
      const data: AutomationActionClaimed['data'] = {
        runId, ruleId: rule.ruleId, triggerEventId: event.eventId, claimedBy: this.instanceId,
        leaseUntil: new Date(Date.now() + deliveryBudgetMs(this.webhookOptions) + 5000).toISOString(),
      };
      try {
        const appended = await this.store.append(stream, [{
          // Never a derived id: the store takes the same id at the same revision as a harmless repeat, and both runners would think they won.
          eventId: randomUUID(), type: 'crm.automation.action-claimed', schemaVersion: 1, data, subjectId: rule.ruleId,
          occurredAt: new Date().toISOString(), metadata: { actor: `automation:${rule.ruleId}`, correlationId: event.metadata.correlationId, causationId: event.eventId, source: 'automation' },
        }], last ? last.revision : 'no-stream');
        return appended.revision;
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError || error instanceof DuplicateEventIdError)) throw error;
        // Another runner claimed it first: look again.
      }
    }
  }

  private async perform(rule: ActiveRule, event: EventEnvelope, runId: string): Promise<Outcome> {
    const context: CommandContext = {
      actor: `automation:${rule.ruleId}`, correlationId: event.metadata.correlationId, source: 'automation',
      occurredAt: new Date().toISOString(), idempotencyKey: runId, requestHash: runId,
    };
    const { action } = rule;
    const customerId = typeof event.data.customerId === 'string' ? event.data.customerId : undefined;
    const caseId = typeof event.data.caseId === 'string' ? event.data.caseId : undefined;
    if (action.kind === 'create-task') {
      const taskId = deterministicId(runId, 'task');
      const dueAt = action.dueIn ? new Date(Date.parse(event.occurredAt) + parseBusinessDuration(action.dueIn, 'dueIn')).toISOString() : undefined;
      await this.commands.execute(new TaskCommand({
        type: 'CreateTask', taskId, title: String(action.title), assignee: action.assignee as string | undefined, dueAt, customerId, caseId, ruleId: rule.ruleId, triggerEventId: event.eventId,
      }, context));
      return { outcome: 'done', taskId };
    }
    if (action.kind === 'escalate') {
      if (!caseId) return { outcome: 'failed', error: 'the triggering event names no case' };
      await this.commands.execute(new CaseActionCommand({ type: 'EscalateCase', caseId, priority: action.priority as string | undefined, ruleId: rule.ruleId, reason: `automation: ${rule.name}` }, context));
      return { outcome: 'done' };
    }
    // Webhooks see the event without its personal fields; signed when CRM_WEBHOOK_AUTOMATION_SECRET is set.
    const delivered = await deliverWebhook(String(action.url), toCloudEvent({ ...event, personal: undefined }), runId, this.targets, this.webhookOptions);
    return delivered.ok ? { outcome: 'done', attempts: delivered.attempts } : { outcome: 'failed', attempts: delivered.attempts, error: delivered.error };
  }
}
