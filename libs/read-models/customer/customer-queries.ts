import { DocumentStore } from '../document-store.port';
import { activeCollection } from '../runner/registry';
import { Customer360 } from './customer-360.document';
import { CustomerHistoryEntry } from './customer-history.projection';
import { nameTokens } from './name-tokens';

/** Search criteria, already normalised by the caller (lower-cased email, E.164 phone). */
export interface CustomerSearch {
  q?: string;
  email?: string;
  phone?: string;
  country?: string;
  partnerId?: string;
  externalRef?: string;
  /** Keyset pagination: customer ids greater than this. */
  afterId?: string;
  limit?: number;
}

/** The 360° document of a customer from the live (blue/green) collection, or null. */
export async function findCustomer360(store: DocumentStore, customerId: string): Promise<Customer360 | null> {
  const customers = store.collection(await activeCollection(store, 'customer-360'));
  return (await customers.findOne({ _id: customerId })) as Customer360 | null;
}

/** Every criterion must hold; each is served by an index of customer-360. Ordered by id. */
export async function searchCustomers(store: DocumentStore, search: CustomerSearch): Promise<Customer360[]> {
  const all: Record<string, unknown>[] = [];
  if (search.email) all.push({ emails: search.email });
  if (search.phone) all.push({ phones: search.phone });
  if (search.externalRef) all.push({ externalRefKeys: search.externalRef });
  if (search.country) all.push({ country: search.country });
  if (search.partnerId) all.push({ partnerId: search.partnerId });
  const tokens = nameTokens(search.q);
  if (tokens.length) all.push({ nameTokens: { $all: tokens } });
  if (search.afterId) all.push({ _id: { $gt: search.afterId } });
  const customers = store.collection(await activeCollection(store, 'customer-360'));
  return (await customers.find(all.length ? { $and: all } : {}, { sort: { _id: 1 }, limit: search.limit ?? 50 })) as Customer360[];
}

/** The audit trail: every event about the customer in log order, after `afterPosition`. */
export async function customerHistory(store: DocumentStore, customerId: string, options: { afterPosition?: number; limit?: number } = {}): Promise<CustomerHistoryEntry[]> {
  const history = store.collection(await activeCollection(store, 'customer-history'));
  const filter = { customerId, ...(options.afterPosition ? { position: { $gt: options.afterPosition } } : {}) };
  return (await history.find(filter, { sort: { position: 1 }, limit: options.limit ?? 100 })) as CustomerHistoryEntry[];
}

/** The timeline: the same entries in business-time order (log position breaks ties), after a keyset cursor. */
export async function customerTimeline(store: DocumentStore, customerId: string,
  options: { after?: { occurredAt: string; position: number }; limit?: number } = {}): Promise<CustomerHistoryEntry[]> {
  const history = store.collection(await activeCollection(store, 'customer-history'));
  const after = options.after;
  const filter = after
    ? { customerId, $or: [{ occurredAt: { $gt: after.occurredAt } }, { occurredAt: after.occurredAt, position: { $gt: after.position } }] }
    : { customerId };
  return (await history.find(filter, { sort: { occurredAt: 1, position: 1 }, limit: options.limit ?? 100 })) as CustomerHistoryEntry[];
}
