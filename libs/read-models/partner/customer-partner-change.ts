import { EventEnvelope } from '../../event-store/envelope';
import { Doc } from '../document-store.port';
import { RelatedDocuments } from '../projection';

/**
 * Records about a customer (opportunities, cases, tasks, feedback) carry the customer's partner so
 * partner keys can be confined by an index. These helpers let their projections follow a change of
 * the customer's partner: every document with that `customerId` takes the new `partnerId`.
 */
export const CUSTOMER_PARTNER_CHANGE = 'crm.customer.profile-changed';

/** The customer's new partner (null when cleared), or undefined when the event leaves it alone. */
export function changedPartner(event: EventEnvelope): string | null | undefined {
  if (event.type !== CUSTOMER_PARTNER_CHANGE) return undefined;
  if (typeof event.data.partnerId === 'string') return event.data.partnerId;
  const cleared = event.data.cleared;
  return Array.isArray(cleared) && cleared.includes('partnerId') ? null : undefined;
}

/** For Projection.relatedDocuments: the documents of the customer whose partner changed. */
export function customerOfPartnerChange(event: EventEnvelope): RelatedDocuments | undefined {
  return changedPartner(event) === undefined || typeof event.data.customerId !== 'string' ? undefined : { field: 'customerId', value: event.data.customerId };
}

/** The document with the customer's new partner (unchanged for any other event). */
export function withCustomerPartner<D extends Doc | Omit<Doc, '_position'>>(doc: D, event: EventEnvelope): D {
  const partnerId = changedPartner(event);
  return partnerId === undefined ? doc : { ...doc, partnerId };
}
