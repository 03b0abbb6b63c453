import { Inject, Injectable } from '@nestjs/common';
import { noticeDecider } from '../../../../../libs/domain/marketing/notice.decider';
import { noticeStream } from '../../../../../libs/domain/marketing/notice.events';
import { NotFoundError } from '../../../../../libs/domain/shared/errors';
import { Doc } from '../../../../../libs/read-models/document-store.port';
import { Principal } from '../../auth/principal';
import { CommandContext, CommandResult } from '../../commands/command-context';
import { DeciderExecutor } from '../../commands/decider-executor';
import { PartnerScope } from '../../partners/partner-scope';
import { ReadModels } from '../../read-side/read-models.service';
import { newEntityId } from '../../service/commands/entity-id';
import { SEGMENT_MEMBERS, SegmentMembers } from '../campaigns/segment-members';

/** Requests a notice (the worker sends it) and reads its progress; a partner key sees only its subtree's notices. */
@Injectable()
export class Notices {
  constructor(
    @Inject(DeciderExecutor) private readonly executor: DeciderExecutor,
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(PartnerScope) private readonly scope: PartnerScope,
    @Inject(SEGMENT_MEMBERS) private readonly segments: SegmentMembers,
  ) {}

  async request(body: { segmentId: string; purpose: string; text: Record<string, unknown> }, context: CommandContext, principal: Principal | undefined): Promise<CommandResult> {
    await this.segments.assertVisible(body.segmentId, principal);
    const noticeId = newEntityId(context, 'notice');
    const partnerId = principal?.role === 'partner' ? principal.partnerId : undefined;
    return this.executor.execute({
      decider: noticeDecider, streamId: noticeStream(noticeId), entityId: noticeId, subjectId: noticeId, context,
      command: { type: 'RequestNotice', noticeId, ...body, ...(partnerId ? { partnerId } : {}) },
    });
  }

  async progress(noticeId: string, principal: Principal | undefined): Promise<Doc> {
    const doc = await (await this.readModels.collection('notices')).findOne({ _id: noticeId });
    const visible = doc && (principal?.role !== 'partner' || (await this.scope.isPartnerVisible(principal, doc.partnerId)));
    if (!doc || !visible) throw new NotFoundError('notice', noticeId.slice(0, 128));
    return doc;
  }
}
