import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../../../../libs/domain/shared/errors';
import { EventEnvelope } from '../../../../../libs/event-store/envelope';
import { EventStore } from '../../../../../libs/event-store/event-store.port';
import { customer360Projection } from '../../../../../libs/read-models/customer/customer-360.projection';
import { Doc } from '../../../../../libs/read-models/document-store.port';
import { EVENT_STORE } from '../../infrastructure/tokens';
import { ReadModels } from '../../read-side/read-models.service';
import { CustomerView, GetCustomerQuery } from './customer.queries';
import { toView } from './customer-view';

/**
 * The 360° view: from the live read model, or, with asOf / knownAt, folded from the customer's
 * events on the business-time and system-time axes with the very same projection code.
 */
@QueryHandler(GetCustomerQuery)
export class GetCustomerHandler implements IQueryHandler<GetCustomerQuery> {
  constructor(
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ customerId, asOf, knownAt }: GetCustomerQuery): Promise<CustomerView> {
    const customers = await this.readModels.collection('customer-360');
    const live = await customers.findOne({ _id: customerId });
    if (!live) throw new NotFoundError('customer', customerId);
    if (!asOf && !knownAt) return toView(live);
    const events = (await this.eventsOf(customerId))
      .filter((event) => (!asOf || event.occurredAt <= asOf) && (!knownAt || event.recordedAt <= knownAt))
      // Business time first: a back-dated correction lands where it belongs in the story.
      .sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : a.position - b.position));
    let doc: Doc | null = null;
    for (const event of events) {
      const next: Omit<Doc, '_position'> | null = customer360Projection.evolve(doc, event, customerId);
      doc = next ? ({ ...next, _position: event.position } as Doc) : doc;
    }
    if (!doc) throw new NotFoundError('customer', `${customerId} at that time`);
    return { ...toView(doc), asOf: asOf ?? null, knownAt: knownAt ?? null };
  }

  /** Every event about the customer: its own stream and the streams the history read model names. */
  private async eventsOf(customerId: string): Promise<EventEnvelope[]> {
    const history = await this.readModels.collection('customer-history');
    const entries = await history.find({ customerId }, { sort: { position: 1 } });
    const streams = new Set(entries.map((entry) => String(entry.streamId)));
    streams.add(`customer-${customerId}`);
    const perStream = await Promise.all([...streams].map((stream) => this.store.readStream(stream)));
    return perStream.flat().filter((event) => event.subjectId === customerId || event.streamId === `customer-${customerId}`);
  }
}
