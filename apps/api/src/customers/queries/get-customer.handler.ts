import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../../../../libs/domain/shared/errors';
import { EventEnvelope } from '../../../../../libs/event-store/envelope';
import { EventStore } from '../../../../../libs/event-store/event-store.port';
import { Doc } from '../../../../../libs/read-models/document-store.port';
import { EVENT_STORE } from '../../infrastructure/tokens';
import { ReadModels } from '../../read-side/read-models.service';
import { resolveMerges } from '../../identity/merged-view';
import { CustomerView, GetCustomerQuery } from './customer.queries';
import { toView } from './customer-view';
import { withConsentsAt } from './customer-consents';
import { CustomerViewPart, customerViewParts } from './customer-view-parts';

/**
 * The 360° view: from the live read models, or, with asOf / knownAt, folded from the customer's
 * events on the business-time and system-time axes with the very same projection code.
 */
@QueryHandler(GetCustomerQuery)
export class GetCustomerHandler implements IQueryHandler<GetCustomerQuery> {
  constructor(
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute(query: GetCustomerQuery): Promise<CustomerView> {
    // Merged ids redirect; a survivor shows the union with what it absorbed (apps/api/src/identity).
    const viewOf = (customerId: string) => this.view(new GetCustomerQuery(customerId, query.asOf, query.knownAt));
    const view = await resolveMerges(await viewOf(query.customerId), (id) => viewOf(id).catch(() => null));
    // Consents are answered at the instant asked (now, or asOf), like GET consents/at.
    return withConsentsAt(view, query.asOf ?? new Date().toISOString(), query.knownAt);
  }

  private async view({ customerId, asOf, knownAt }: GetCustomerQuery): Promise<CustomerView> {
    const live = await this.liveParts(customerId);
    if (!live.get(customerViewParts[0])) throw new NotFoundError('customer', customerId);
    if (!asOf && !knownAt) return assemble(live);
    const events = (await this.eventsOf(customerId))
      .filter((event) => (!asOf || event.occurredAt <= asOf) && (!knownAt || event.recordedAt <= knownAt))
      // Business time first: a back-dated correction lands where it belongs in the story.
      .sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : a.position - b.position));
    const then = new Map<CustomerViewPart, Doc | null>(customerViewParts.map((part) => [part, foldPart(part, events, customerId)]));
    if (!then.get(customerViewParts[0])) throw new NotFoundError('customer', `${customerId} at that time`);
    return { ...assemble(then), asOf: asOf ?? null, knownAt: knownAt ?? null };
  }

  private async liveParts(customerId: string): Promise<Map<CustomerViewPart, Doc | null>> {
    const docs = await Promise.all(
      customerViewParts.map(async (part) => (await this.readModels.collection(part.projection.name)).findOne({ _id: customerId })),
    );
    return new Map(customerViewParts.map((part, i) => [part, docs[i]]));
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

function foldPart(part: CustomerViewPart, events: EventEnvelope[], customerId: string): Doc | null {
  let doc = null as Doc | null;
  for (const event of events) {
    if (!part.projection.documentIds(event).includes(customerId)) continue;
    const next = part.projection.evolve(doc, event, customerId);
    // The answer reflects the log up to the highest position folded, whatever the business-time order.
    doc = next ? ({ ...next, _position: Math.max(doc?._position ?? 0, event.position) } as Doc) : doc;
  }
  return doc;
}

function assemble(parts: Map<CustomerViewPart, Doc | null>): CustomerView {
  let view = {} as CustomerView;
  for (const [part, doc] of parts) {
    if (!part.field) view = { ...view, ...(doc ? { ...toView(doc), consentFacts: doc.consentFacts } : {}) };
    else if (doc) {
      const { customerId: _id, position: _p, ...rest } = toView(doc);
      view = { ...view, [part.field]: rest };
    } else view = { ...view, [part.field]: null };
  }
  return view;
}
