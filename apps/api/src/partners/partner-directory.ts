import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { partnerDecider, PartnerState } from '../../../../libs/domain/partner/partner.decider';
import { PartnerEvent, PartnerKind, partnerStream } from '../../../../libs/domain/partner/partner.events';
import { fold } from '../../../../libs/domain/shared/decider';
import { InvalidValueError } from '../../../../libs/domain/shared/errors';
import { EventStore } from '../../../../libs/event-store/event-store.port';
import { CommandContext, CommandResult } from '../commands/command-context';
import { DeciderExecutor } from '../commands/decider-executor';
import { deterministicId } from '../commands/deterministic-id';
import { EVENT_STORE } from '../infrastructure/tokens';
import { ReadModels } from '../read-side/read-models.service';

export interface NewPartner {
  name: string;
  kind: PartnerKind;
  parentId?: string;
  countries?: string[];
}

/** Registers partners and answers whether one exists, from the log itself (no read-model lag). */
@Injectable()
export class PartnerDirectory {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DeciderExecutor) private readonly executor: DeciderExecutor,
    @Inject(ReadModels) private readonly readModels: ReadModels,
  ) {}

  async stateOf(partnerId: string): Promise<PartnerState> {
    const events = await this.store.readStream(partnerStream(partnerId));
    return fold(partnerDecider, events as unknown as PartnerEvent[]);
  }

  /** 422 naming the field when the partner does not exist: customers and keys must point at a real one. */
  async assertExists(partnerId: string, field = 'partnerId'): Promise<void> {
    if (!UUID.test(partnerId) || !(await this.stateOf(partnerId)).exists) {
      throw new InvalidValueError([{ field, message: 'no such partner' }]);
    }
  }

  async register(partner: NewPartner, context: CommandContext): Promise<CommandResult> {
    const partnerId = context.idempotencyKey ? deterministicId(context.actor, context.idempotencyKey, 'partner') : randomUUID();
    const parent = partner.parentId ? await this.stateOf(partner.parentId) : undefined;
    const result = await this.executor.execute({
      decider: partnerDecider,
      streamId: partnerStream(partnerId),
      entityId: partnerId,
      subjectId: partnerId,
      command: { type: 'RegisterPartner', partnerId, name: partner.name, kind: partner.kind, parentId: partner.parentId, parent, countries: partner.countries ?? [] },
      context,
    });
    // Scope checks read the partners read model: a new partner must be in it on the next request.
    await this.readModels.awaitPosition(result.position);
    return result;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
