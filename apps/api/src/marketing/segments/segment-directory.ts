import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { segmentDecider } from '../../../../../libs/domain/marketing/segment.decider';
import { parseSegmentRule, rulePartners } from '../../../../../libs/domain/marketing/segment-rule';
import { segmentStream } from '../../../../../libs/domain/marketing/segment.events';
import { NotFoundError } from '../../../../../libs/domain/shared/errors';
import { SegmentDoc } from '../../../../../libs/read-models/marketing/segments.projection';
import { Principal } from '../../auth/principal';
import { CommandContext, CommandResult } from '../../commands/command-context';
import { DeciderExecutor } from '../../commands/decider-executor';
import { deterministicId } from '../../commands/deterministic-id';
import { PartnerScope } from '../../partners/partner-scope';
import { ReadModels } from '../../read-side/read-models.service';

export interface SegmentChange { name?: string; rule?: unknown }

/**
 * Defines and changes segments, and answers which ones a principal may see: a partner key's
 * segments are those its subtree owns (anything else is "no such segment"), everyone else sees all.
 */
@Injectable()
export class SegmentDirectory {
  constructor(
    @Inject(DeciderExecutor) private readonly executor: DeciderExecutor,
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(PartnerScope) private readonly scope: PartnerScope,
  ) {}

  async define(input: { name: string; rule: unknown }, principal: Principal | undefined, context: CommandContext): Promise<CommandResult> {
    await this.assertRulePartners(input.rule, principal);
    const segmentId = context.idempotencyKey ? deterministicId(context.actor, context.idempotencyKey, 'segment') : randomUUID();
    const ownerPartnerId = principal?.role === 'partner' ? (principal.partnerId ?? null) : null;
    return this.execute(segmentId, { type: 'DefineSegment', segmentId, name: input.name, rule: input.rule, ownerPartnerId }, context);
  }

  async change(segmentId: string, change: SegmentChange, principal: Principal | undefined, context: CommandContext): Promise<CommandResult> {
    await this.visible(segmentId, principal);
    if (change.rule !== undefined) await this.assertRulePartners(change.rule, principal);
    return this.execute(segmentId, { type: 'ChangeSegment', segmentId, ...change }, context);
  }

  /** The segment as its read model holds it; 404 when unknown or outside a partner key's subtree. */
  async visible(segmentId: string, principal: Principal | undefined): Promise<SegmentDoc> {
    const found = (await (await this.readModels.collection('segments')).findOne({ _id: segmentId })) as SegmentDoc | null;
    if (!found || !(await this.maySee(found, principal))) throw new NotFoundError('segment', segmentId);
    return found;
  }

  async maySee(segment: SegmentDoc, principal: Principal | undefined): Promise<boolean> {
    const subtree = await this.scope.subtree(principal);
    return subtree === undefined || (segment.ownerPartnerId !== null && subtree.includes(segment.ownerPartnerId));
  }

  private async execute(segmentId: string, command: Parameters<typeof segmentDecider.decide>[0], context: CommandContext): Promise<CommandResult> {
    const result = await this.executor.execute({ decider: segmentDecider, streamId: segmentStream(segmentId), entityId: segmentId, subjectId: segmentId, command, context });
    // GET /v1/segments/{id} right after the command answers what it wrote.
    await this.readModels.awaitPosition(result.position);
    return result;
  }

  /** A partner key may name only partners of its own subtree in a rule (others are "no such partner"). */
  private async assertRulePartners(rule: unknown, principal: Principal | undefined): Promise<void> {
    const parsed = parseSegmentRule(rule);
    for (const partnerId of rulePartners(parsed)) await this.scope.assertAssignable(principal, partnerId, true, 'rule');
  }
}
