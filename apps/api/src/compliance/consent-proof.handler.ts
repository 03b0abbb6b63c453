import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { consentInForce, DecidingRecord } from '../../../../libs/domain/compliance/consent-in-force';
import { customerStream } from '../../../../libs/domain/customer/customer.events';
import { NotFoundError } from '../../../../libs/domain/shared/errors';
import { EventStore } from '../../../../libs/event-store/event-store.port';
import { EVENT_STORE } from '../infrastructure/tokens';
import { ReadModels } from '../read-side/read-models.service';

export interface ConsentProofAnswer {
  customerId: string;
  purpose: string;
  channel: string;
  at: string;
  knownAt: string | null;
  granted: boolean;
  grantedAt: string | null;
  /** The consent event that decided the answer (the channel's own record or the purpose's `any`). */
  decidedBy: DecidingRecord | null;
  /** Outbound contacts made at exactly `at`, with the consent proof recorded when they were made. */
  contacts: Record<string, unknown>[];
}

export class ConsentProofQuery extends Query<ConsentProofAnswer> {
  constructor(
    readonly customerId: string,
    readonly purpose: string,
    /** A consent channel (or `any`). */
    readonly channel: string,
    readonly at: string,
    readonly knownAt?: string,
  ) {
    super();
  }
}

/** "Did we have consent for P on C at T?", folded from the customer's consent events on both time axes. */
@QueryHandler(ConsentProofQuery)
export class ConsentProofHandler implements IQueryHandler<ConsentProofQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ReadModels) private readonly readModels: ReadModels,
  ) {}

  async execute({ customerId, purpose, channel, at, knownAt }: ConsentProofQuery): Promise<ConsentProofAnswer> {
    const events = await this.store.readStream(customerStream(customerId));
    if (events.length === 0) throw new NotFoundError('customer', customerId);
    const answer = consentInForce(events, purpose, channel, at, knownAt);
    const history = await this.readModels.collection('customer-history');
    const contacts = (await history.find({ customerId, occurredAt: at, type: 'crm.interaction.recorded' }, { sort: { position: 1 } }))
      .filter((entry) => (entry.changes as { direction?: string }).direction === 'outbound')
      .filter((entry) => !knownAt || String(entry.recordedAt) <= knownAt)
      .map((entry) => ({ ...(entry.changes as Record<string, unknown>), occurredAt: entry.occurredAt, recordedAt: entry.recordedAt, actor: entry.actor }));
    return { customerId, ...answer, at, knownAt: knownAt ?? null, contacts };
  }
}
