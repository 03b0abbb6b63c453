import { CustomerView } from '../customers/queries/customer.queries';

interface Interaction { interactionId: string; occurredAt: string; position: number }
interface Interactions { recent: Interaction[]; countsByChannel: Record<string, number> }
type Item = Record<string, unknown>;

const RECENT = 20;

/**
 * The survivor's 360° view with its absorbed records: profile fields stay the survivor's;
 * contact points, addresses, external refs, consents and interactions are the union. Items that
 * came from a duplicate carry `mergedFrom` so a reader (and an unmerge) can tell whose they are.
 * Consents are the union of both records' consent facts, answered later by the one consent rule
 * (customers/queries/customer-consents.ts): the person's latest word wins, in business time.
 */
export function unionView(survivor: CustomerView, duplicates: CustomerView[]): CustomerView {
  const view: CustomerView = { ...survivor };
  const from = (d: CustomerView, items: unknown) => ((items as Item[]) ?? []).map((item) => ({ ...item, mergedFrom: d.customerId }));
  const union = (field: string, key: (item: Item) => string) => {
    const all = [...((survivor[field] as Item[]) ?? []), ...duplicates.flatMap((d) => from(d, d[field]))];
    view[field] = all.filter((item, i) => all.findIndex((other) => key(other) === key(item)) === i);
  };
  union('contactPoints', (cp) => `${cp.type}:${cp.value}`);
  union('addresses', (address) => JSON.stringify({ ...address, mergedFrom: undefined }));
  union('externalRefs', (ref) => `${ref.system}:${ref.id}`);
  for (const field of ['emails', 'phones']) {
    view[field] = [...new Set([survivor, ...duplicates].flatMap((v) => (v[field] as string[]) ?? []))];
  }
  view.consentFacts = [...((survivor.consentFacts as Item[]) ?? []), ...duplicates.flatMap((d) => from(d, d.consentFacts))];
  view.interactions = interactions([survivor, ...duplicates], from);
  const contacts = [survivor, ...duplicates];
  view.firstContactAt = pick(contacts.map((v) => v.firstContactAt as string | null), (a, b) => a < b);
  view.lastContactAt = pick(contacts.map((v) => v.lastContactAt as string | null), (a, b) => a > b);
  return view;
}

function interactions(views: CustomerView[], from: (d: CustomerView, items: unknown) => Item[]): Interactions {
  const [survivor, ...duplicates] = views;
  const own = (survivor.interactions as Interactions | undefined) ?? { recent: [], countsByChannel: {} };
  const recent = [...own.recent, ...duplicates.flatMap((d) => from(d, (d.interactions as Interactions | undefined)?.recent))] as unknown as Interaction[];
  recent.sort((a, b) => (a.occurredAt === b.occurredAt ? b.position - a.position : a.occurredAt < b.occurredAt ? 1 : -1));
  const countsByChannel: Record<string, number> = {};
  for (const view of views) {
    for (const [channel, count] of Object.entries((view.interactions as Interactions | undefined)?.countsByChannel ?? {})) {
      countsByChannel[channel] = (countsByChannel[channel] ?? 0) + count;
    }
  }
  return { recent: recent.slice(0, RECENT), countsByChannel };
}

function pick(values: (string | null)[], better: (a: string, b: string) => boolean): string | null {
  return values.reduce<string | null>((best, v) => (v && (!best || better(v, best)) ? v : best), null);
}
