import { IdentityProfile, Match, matchProfiles } from '../../../../libs/domain/identity/match-rules';
import { nameWords } from '../../../../libs/domain/shared/name-folding';
import { Customer360 } from '../../../../libs/read-models/customer/customer-360.document';
import { DocumentCollection } from '../../../../libs/read-models/document-store.port';

export interface DuplicateCandidate extends Match {
  /** The pair, lower id first. */
  customerIds: [string, string];
  customers: { customerId: string; name: string | null; kind: string | null }[];
}

export interface DuplicateScan {
  candidates: DuplicateCandidate[];
  /** Where to resume: [leftId] = every pair of leftId listed; [leftId, rightId] = pairs after rightId. Null when done. */
  resumeAt: [string] | [string, string] | null;
}

/** A request looks at most this many customers, so a page over a large, clean base stays fast (it may come back short). */
const SCAN_LIMIT = 1000;
/** Candidates fetched per customer through the indexes of customer-360. */
const CANDIDATES = 200;

/**
 * Candidate pairs in customer-id order: each live customer is compared with the customers after
 * it that share an email, phone, external ref or a name word (indexed look-ups), scored by the
 * match rules. Merged and erased records take no part.
 */
export async function findDuplicates(customers: DocumentCollection, options: { limit: number; minScore: number; after?: string[] }): Promise<DuplicateScan> {
  const [afterLeft, afterRight] = options.after ?? [];
  const candidates: DuplicateCandidate[] = [];
  const lefts = (await customers.find(afterLeft ? { _id: { [afterRight ? '$gte' : '$gt']: afterLeft } } : {}, { sort: { _id: 1 }, limit: SCAN_LIMIT })) as Customer360[];
  for (const left of lefts) {
    if (!live(left)) continue;
    const resumeRight = left._id === afterLeft ? afterRight : undefined;
    const pairs = (await pairsOf(customers, left, resumeRight)).filter((pair) => pair.score >= options.minScore);
    for (const pair of pairs) {
      if (candidates.length === options.limit) return { candidates, resumeAt: candidates[candidates.length - 1].customerIds };
      candidates.push(pair);
    }
  }
  const last = lefts[lefts.length - 1];
  return { candidates, resumeAt: lefts.length === SCAN_LIMIT && last ? [last._id] : null };
}

async function pairsOf(customers: DocumentCollection, left: Customer360, afterRight: string | undefined): Promise<DuplicateCandidate[]> {
  const words = nameWords(left.name);
  const keys = [
    left.emails.length ? { emails: { $in: left.emails } } : undefined,
    left.phones.length ? { phones: { $in: left.phones } } : undefined,
    left.externalRefKeys.length ? { externalRefKeys: { $in: left.externalRefKeys } } : undefined,
    words.length ? { nameTokens: { $in: words } } : undefined,
  ].filter((clause) => clause !== undefined);
  if (keys.length === 0) return [];
  const found = (await customers.find({ _id: { $gt: afterRight ?? left._id }, $or: keys }, { sort: { _id: 1 }, limit: CANDIDATES })) as Customer360[];
  const pairs: DuplicateCandidate[] = [];
  for (const right of found.filter(live)) {
    const match = matchProfiles(profile(left), profile(right));
    if (match) pairs.push({ customerIds: [left._id, right._id], customers: [left, right].map(summary), ...match });
  }
  return pairs;
}

const live = (doc: Customer360): boolean => !doc.mergedInto && !doc.erased && doc.revision >= 0;

const summary = (doc: Customer360) => ({ customerId: doc._id, name: doc.name, kind: doc.kind });

export const profile = (doc: Customer360): IdentityProfile => ({
  customerId: doc._id, kind: doc.kind, name: doc.name, emails: doc.emails, phones: doc.phones,
  externalRefKeys: doc.externalRefKeys, addresses: doc.addresses, country: doc.country,
});
