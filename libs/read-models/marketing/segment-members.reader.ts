import { consentInForce, ConsentFact } from '../../domain/compliance/consent-in-force';
import { DocumentCollection, Filter } from '../document-store.port';
import { memberAsOf, SegmentMemberDoc } from './segment-members.projection';

/** Where read models come from: the API's ReadModels (live blue/green collection) fits. */
export interface ReadModelSource {
  collection(projectionName: string): Promise<DocumentCollection>;
}

export interface SegmentMember {
  customerId: string;
  /** Business time the customer entered (the stint in force now, or at `asOf`). */
  enteredAt: string;
}

export interface SegmentMembersOptions {
  /** Business time: members as things stood then (default: now, from the live flag). */
  asOf?: string;
  /** Only members whose consent for this purpose is in force (at `asOf`, else now). */
  purpose?: string;
  /** With `purpose`: the consent channel (default `any`, the purpose-wide record). */
  channel?: string;
  /** Customer id to start strictly after (keyset). */
  after?: string;
  limit: number;
  /** Partner ids whose customers may be shown (a partner key's subtree); undefined = everyone. */
  partnerIds?: readonly string[];
  /** Membership documents to look at before answering a short page (default 5000). */
  maxScan?: number;
}

export interface SegmentMembersPage {
  items: SegmentMember[];
  /** Where the next page starts (`after`); null when the segment was read to its end. */
  next: string | null;
}

const BATCH = 500;

/**
 * One page of a segment's members in customer-id order. Membership comes from the
 * `segment-members` read model (index segmentId + member + customerId, or segmentId + customerId
 * for as-of reads); consent and partner narrowing read the customers' 360° documents by id.
 */
export async function segmentMembers(documents: ReadModelSource, segmentId: string, options: SegmentMembersOptions): Promise<SegmentMembersPage> {
  const members = await documents.collection('segment-members');
  const needsCustomer = options.purpose !== undefined || options.partnerIds !== undefined;
  const customers = needsCustomer ? await documents.collection('customer-360') : undefined;
  const items: SegmentMember[] = [];
  const maxScan = options.maxScan ?? 5000;
  let after = options.after;
  let scanned = 0;
  for (;;) {
    const batchSize = Math.min(BATCH, Math.max(options.limit + 1, 50));
    const filter: Filter[] = [{ segmentId }, ...(options.asOf ? [] : [{ member: true }]), ...(after !== undefined ? [{ customerId: { $gt: after } }] : [])];
    const docs = (await members.find({ $and: filter }, { sort: { customerId: 1 }, limit: batchSize })) as SegmentMemberDoc[];
    scanned += docs.length;
    const candidates = docs.map((doc) => ({ doc, at: options.asOf ? memberAsOf(doc, options.asOf) : { member: doc.member, enteredAt: doc.enteredAt } }))
      .filter(({ at }) => at.member && at.enteredAt !== null);
    const allowed = customers ? await admitted(customers, candidates.map(({ doc }) => doc.customerId), options) : undefined;
    for (const { doc, at } of candidates) {
      if (allowed && !allowed.has(doc.customerId)) continue;
      items.push({ customerId: doc.customerId, enteredAt: at.enteredAt! });
      if (items.length === options.limit) {
        const more = docs.indexOf(doc) < docs.length - 1 || docs.length === batchSize;
        return { items, next: more ? doc.customerId : null };
      }
    }
    if (docs.length < batchSize) return { items, next: null };
    after = docs[docs.length - 1].customerId;
    // A short page with a cursor rather than an unbounded walk through a sparse filter.
    if (scanned >= maxScan) return { items, next: after };
  }
}

/** Every member, page by page (campaigns and exports walk whole segments). */
export async function* allSegmentMembers(documents: ReadModelSource, segmentId: string, options: Omit<SegmentMembersOptions, 'after' | 'limit'> = {}): AsyncGenerator<SegmentMember> {
  let after: string | undefined;
  for (;;) {
    const page = await segmentMembers(documents, segmentId, { ...options, after, limit: BATCH });
    yield* page.items;
    if (page.next === null) return;
    after = page.next;
  }
}

/** Of these customers, those in the partner set and with consent in force for the purpose and channel. */
async function admitted(customers: DocumentCollection, ids: string[], options: SegmentMembersOptions): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const found = await customers.find({ _id: { $in: ids } });
  const at = options.asOf ?? new Date().toISOString();
  const partners = options.partnerIds ? new Set(options.partnerIds) : undefined;
  return new Set(found.filter((customer) => {
    if (partners && !partners.has(String(customer.partnerId))) return false;
    if (options.purpose === undefined) return true;
    return consentInForce((customer.consentFacts as ConsentFact[] | undefined) ?? [], options.purpose, options.channel ?? 'any', at).granted;
  }).map((customer) => String(customer._id)));
}
