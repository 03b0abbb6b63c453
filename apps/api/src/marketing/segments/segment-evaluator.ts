import { ruleMatches, SegmentFacts, SegmentRule } from '../../../../../libs/domain/marketing/segment-rule';
import { Doc } from '../../../../../libs/read-models/document-store.port';
import { segmentFacts } from '../../../../../libs/read-models/marketing/segment-facts';
import { SegmentDoc } from '../../../../../libs/read-models/marketing/segments.projection';
import { ReadModels } from '../../read-side/read-models.service';

/** Reads the facts rules need for a set of customers: the three 360° parts and the partner paths, by primary key. */
export async function loadFacts(readModels: ReadModels, customerIds: string[]): Promise<Map<string, SegmentFacts | null>> {
  const ids = { _id: { $in: customerIds } };
  const [profiles, sales, service] = await Promise.all(['customer-360', 'customer-sales', 'customer-service'].map(async (name) =>
    byId(customerIds.length ? await (await readModels.collection(name)).find(ids) : [])));
  const partnerIds = [...new Set([...profiles.values()].map((p) => p.partnerId).filter((id): id is string => typeof id === 'string'))];
  const partners = byId(partnerIds.length ? await (await readModels.collection('partners')).find({ _id: { $in: partnerIds } }) : []);
  const facts = new Map<string, SegmentFacts | null>();
  for (const id of customerIds) {
    const profile = profiles.get(id) ?? null;
    const path = typeof profile?.partnerId === 'string' ? ((partners.get(profile.partnerId)?.path as string[] | undefined) ?? [profile.partnerId]) : [];
    facts.set(id, segmentFacts(profile, sales.get(id) ?? null, service.get(id) ?? null, path));
  }
  return facts;
}

/** Whether the customer belongs: the rule holds, and a partner's segment holds its own subtree only. */
export function belongs(segment: SegmentDoc, facts: SegmentFacts | null | undefined): boolean {
  if (!facts) return false;
  if (segment.ownerPartnerId && !facts.partnerPath.includes(segment.ownerPartnerId)) return false;
  return ruleMatches(segment.rule as unknown as SegmentRule, facts);
}

const byId = (docs: Doc[]): Map<string, Doc> => new Map(docs.map((doc) => [String(doc._id), doc]));
