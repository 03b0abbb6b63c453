import { Address, CustomerKind } from '../customer/customer.events';
import { foldText, nameSimilarity, round, stringSimilarity } from './name-similarity';

/** What identity resolution looks at: the normalised keys and the fuzzy fields of one customer. */
export interface IdentityProfile {
  customerId: string;
  kind: CustomerKind | null;
  name: string | null;
  /** Lower-cased */
  emails: string[];
  /** E.164 */
  phones: string[];
  /** `system:id` */
  externalRefKeys: string[];
  addresses: Address[];
  country: string | null;
}

export type MatchRule = 'same-email' | 'same-phone' | 'same-external-ref' | 'similar-name-and-address' | 'similar-name-and-organisation';

export interface MatchReason {
  rule: MatchRule;
  score: number;
  detail: string;
}

export interface Match {
  /** The strongest reason's score: 1 for an exact key, the name similarity (×0.95 via organisation) for fuzzy rules. */
  score: number;
  reasons: MatchReason[];
}

/** Names at least this similar count as the same name when an address or organisation agrees. */
export const NAME_THRESHOLD = 0.85;
/** An organisation is weaker evidence than a shared address. */
const ORGANISATION_WEIGHT = 0.95;

// Sharing one of these domains says nothing about working for the same organisation.
const PUBLIC_MAIL = new Set(['gmail.com', 'googlemail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'live.com', 'icloud.com',
  'me.com', 'aol.com', 'gmx.de', 'gmx.net', 'web.de', 'mail.ru', 'yandex.ru', 'proton.me', 'protonmail.com', 'qq.com', '163.com']);

/** Why two customers look like the same one, or null when no rule holds. */
export function matchProfiles(a: IdentityProfile, b: IdentityProfile): Match | null {
  const reasons: MatchReason[] = [
    ...shared(a.emails, b.emails).map((v) => exact('same-email', v)),
    ...shared(a.phones, b.phones).map((v) => exact('same-phone', v)),
    ...shared(a.externalRefKeys, b.externalRefKeys).map((v) => exact('same-external-ref', v)),
    ...fuzzy(a, b),
  ];
  if (reasons.length === 0) return null;
  return { score: Math.max(...reasons.map((r) => r.score)), reasons };
}

function fuzzy(a: IdentityProfile, b: IdentityProfile): MatchReason[] {
  if (a.kind !== b.kind) return [];
  const name = nameSimilarity(a.name, b.name);
  if (name < NAME_THRESHOLD) return [];
  const reasons: MatchReason[] = [];
  const address = a.addresses.find((x) => b.addresses.some((y) => sameAddress(x, y)));
  if (address) reasons.push({ rule: 'similar-name-and-address', score: name, detail: `names ${percent(name)} alike, same address` });
  const organisation = sameOrganisation(a, b);
  if (organisation) {
    reasons.push({ rule: 'similar-name-and-organisation', score: round(name * ORGANISATION_WEIGHT), detail: `names ${percent(name)} alike, ${organisation}` });
  }
  return reasons;
}

/** Same postal code (and street alike), or same city and street very alike; countries must not disagree. */
export function sameAddress(x: Address, y: Address): boolean {
  if (x.country && y.country && x.country !== y.country) return false;
  const lines = stringSimilarity(foldText(x.lines.join(' ')), foldText(y.lines.join(' ')));
  const postal = (a: Address) => a.postalCode?.replace(/\s+/g, '').toUpperCase();
  if (postal(x) && postal(x) === postal(y)) return lines >= 0.7 || x.lines.length === 0 || y.lines.length === 0;
  return foldText(x.city) !== '' && foldText(x.city) === foldText(y.city) && x.lines.length > 0 && lines >= NAME_THRESHOLD;
}

/** Organisations: the name is the organisation, so the same country suffices; people: a shared corporate mail domain. */
function sameOrganisation(a: IdentityProfile, b: IdentityProfile): string | undefined {
  if (a.kind === 'organization') return a.country && a.country === b.country ? `organisations in ${a.country}` : undefined;
  const domains = (p: IdentityProfile) => p.emails.map((e) => e.slice(e.lastIndexOf('@') + 1)).filter((d) => !PUBLIC_MAIL.has(d));
  const domain = shared(domains(a), domains(b))[0];
  return domain ? `same organisation mail domain ${domain}` : undefined;
}

const shared = (x: string[], y: string[]): string[] => [...new Set(x.filter((v) => y.includes(v)))];
const exact = (rule: MatchRule, value: string): MatchReason => ({ rule, score: 1, detail: value });
const percent = (score: number): string => `${Math.round(score * 100)} %`;
