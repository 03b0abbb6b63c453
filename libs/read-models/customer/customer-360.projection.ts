import { ContactPoint, CustomerEvent, ExternalRef } from '../../domain/customer/customer.events';
import { InteractionEvent } from '../../domain/interaction/interaction.events';
import { EventEnvelope } from '../../event-store/envelope';
import { Projection } from '../projection';
import { freshOnly, isStale, PROFILE_FIELDS, stamp } from './business-time';
import { Customer360, RecentInteraction } from './customer-360.document';
import { consentFactOf, consentsInForce } from '../../domain/compliance/consents-in-force';
import { MergeEvent } from '../../domain/identity/merge.events';
import { nameTokens } from './name-tokens';
import { foldName } from '../../domain/shared/name-folding';

const RECENT_INTERACTIONS = 20;
const END_OF_TIME = '9999-12-31T23:59:59.999Z';

type Envelope<E> = EventEnvelope & E;

const handled = (type: string): boolean => type.startsWith('crm.customer.') || type === 'crm.interaction.recorded';

/** The orders a customer list offers (GET /v1/customers?sort=), each served by an index on its sort key. */
export const CUSTOMER_SORTS = ['name', 'lastContactAt', 'createdAt'] as const;

/** One 360° document per customer (`_id` = customer id), fed by customer and interaction events. */
export const customer360Projection: Projection = {
  name: 'customer-360',
  // 3: sortKeys and German spellings among nameTokens; a data dir from before needs `crm rebuild customer-360`.
  version: 3,
  indexes: [
    { fields: { emails: 1 } }, { fields: { phones: 1 } }, { fields: { externalRefKeys: 1 } },
    { fields: { country: 1 } }, { fields: { partnerId: 1 } }, { fields: { nameTokens: 1 } },
    ...CUSTOMER_SORTS.map((field) => ({ fields: { [`sortKeys.${field}`]: 1, _id: 1 } as Record<string, 1> })),
  ],
  canHandle: handled,
  documentIds(event) {
    if (!handled(event.type)) return [];
    const customerId = event.data.customerId;
    return typeof customerId === 'string' ? [customerId] : [];
  },
  evolve(doc, event, customerId) {
    const current = (doc as Customer360 | null) ?? emptyCustomer(customerId, event.occurredAt);
    const next = event.type === 'crm.interaction.recorded'
      ? withInteraction(current, event as Envelope<InteractionEvent>)
      : withCustomerEvent(current, event as Envelope<CustomerEvent>);
    // A back-dated event does not move the view's clock backwards.
    return withSortKeys({ ...next, updatedAt: event.occurredAt > current.updatedAt ? event.occurredAt : current.updatedAt });
  },
};

const withSortKeys = (c: Customer360): Customer360 => ({
  ...c, sortKeys: { name: c.name ? foldName(c.name) : '', lastContactAt: c.lastContactAt ?? '', createdAt: c.createdAt },
});

function emptyCustomer(customerId: string, at: string): Customer360 {
  return {
    _id: customerId, _position: 0, customerId, kind: null, name: null, nameTokens: [], contactPoints: [], emails: [], phones: [],
    addresses: [], externalRefs: [], externalRefKeys: [], country: null, timeZone: null, preferredLanguage: null, currency: null,
    partnerId: null, consents: [], consentFacts: [], interactions: { recent: [], countsByChannel: {} }, firstContactAt: null, lastContactAt: null,
    createdAt: at, updatedAt: at, revision: -1,
  };
}

function withCustomerEvent(c: Customer360, event: Envelope<CustomerEvent>): Customer360 {
  const base = { ...c, revision: Math.max(c.revision, event.revision) };
  switch (event.type) {
    case 'crm.customer.registered': {
      const { customerId: _ignored, ...profile } = event.data;
      const personal = event.personal ?? {};
      return withContactPoints(withName({ ...base, ...nulls(profile), ...profile, createdAt: event.occurredAt,
        addresses: personal.addresses ?? [], ...refs(personal.externalRefs ?? []), fieldTimes: stamp({}, PROFILE_FIELDS, event.occurredAt) }, personal.name), personal.contactPoints ?? []);
    }
    case 'crm.customer.profile-changed': {
      const { customerId: _ignored, cleared = [], ...changed } = event.data;
      const times = c.fieldTimes;
      const at = event.occurredAt;
      const personal = freshOnly(event.personal ?? {}, times, at);
      const next: Customer360 = { ...base, ...freshOnly(changed, times, at), fieldTimes: stamp(times, [...Object.keys(changed), ...cleared, ...Object.keys(personal)], at) };
      for (const field of cleared) if (!isStale(times, field, at)) next[field] = null;
      if (personal.addresses) next.addresses = personal.addresses;
      if (personal.externalRefs) Object.assign(next, refs(personal.externalRefs));
      return personal.name !== undefined ? withName(next, personal.name) : next;
    }
    case 'crm.customer.contact-point-added': {
      const added: ContactPoint = { id: event.data.contactPointId, type: event.data.contactPointType, value: event.personal?.value ?? '' };
      return withContactPoints(base, [...c.contactPoints.filter((cp) => cp.id !== added.id), added]);
    }
    case 'crm.customer.contact-point-removed':
      return withContactPoints(base, c.contactPoints.filter((cp) => cp.id !== event.data.contactPointId));
    case 'crm.customer.consent-granted':
    case 'crm.customer.consent-withdrawn': {
      // The facts are kept and the answers derived from them by the one consent rule (consents-in-force.ts);
      // the API answers again at the instant asked, so a fact dated ahead of now is not in force yet.
      const consentFacts = [...(c.consentFacts ?? []).filter((f) => f.eventId !== event.eventId), consentFactOf(event)].sort((a, b) => a.position - b.position);
      return { ...base, consentFacts, consents: consentsInForce(consentFacts, END_OF_TIME) };
    }
    case 'crm.customer.erased': {
      // Crypto-shredding made the personal fields unreadable in the log; the read model forgets them too.
      const recent = c.interactions.recent.map((i) => ({ ...i, subject: null }));
      return withContactPoints(withName({ ...base, addresses: [], ...refs([]), interactions: { ...c.interactions, recent }, erased: true, erasedAt: c.erasedAt ?? event.occurredAt }, undefined), []);
    }
    case 'crm.customer.merged-into':
    case 'crm.customer.unmerged':
    case 'crm.customer.absorbed':
    case 'crm.customer.released':
      return withMerge(base, event);
    default:
      return base; // an event type this version does not know still moves the revision (ETag)
  }
}

function withInteraction(c: Customer360, event: Envelope<InteractionEvent>): Customer360 {
  const { interactionId, channel, direction } = event.data;
  const item: RecentInteraction = { interactionId, channel, direction, subject: event.personal?.subject ?? null, occurredAt: event.occurredAt, position: event.position };
  // Newest business time first; the log position breaks ties so replays sort identically.
  const recent = [...c.interactions.recent.filter((i) => i.interactionId !== interactionId), item]
    .sort((a, b) => (a.occurredAt === b.occurredAt ? b.position - a.position : a.occurredAt < b.occurredAt ? 1 : -1))
    .slice(0, RECENT_INTERACTIONS);
  const countsByChannel = { ...c.interactions.countsByChannel, [channel]: (c.interactions.countsByChannel[channel] ?? 0) + 1 };
  return {
    ...c, interactions: { recent, countsByChannel },
    firstContactAt: !c.firstContactAt || event.occurredAt < c.firstContactAt ? event.occurredAt : c.firstContactAt,
    lastContactAt: !c.lastContactAt || event.occurredAt > c.lastContactAt ? event.occurredAt : c.lastContactAt,
  };
}

const nulls = (profile: Record<string, unknown>) =>
  Object.fromEntries(['country', 'timeZone', 'preferredLanguage', 'currency', 'partnerId'].filter((k) => !(k in profile)).map((k) => [k, null]));

const withName = (c: Customer360, name: string | undefined): Customer360 => ({ ...c, name: name ?? null, nameTokens: nameTokens(name) });

const refs = (externalRefs: ExternalRef[]) => ({ externalRefs, externalRefKeys: externalRefs.map((r) => `${r.system}:${r.id}`) });

function withContactPoints(c: Customer360, contactPoints: ContactPoint[]): Customer360 {
  const values = (type: string) => [...new Set(contactPoints.filter((cp) => cp.type === type).map((cp) => cp.value))];
  return { ...c, contactPoints, emails: values('email').map((e) => e.trim().toLowerCase()), phones: values('phone') };
}

/** Each record keeps its own facts; merges only mark both sides, so an unmerge leaves each as it was. */
function withMerge(c: Customer360, event: MergeEvent): Customer360 {
  const { mergedInto, absorbed = [], ...own } = c;
  let survivor = mergedInto;
  let duplicates = absorbed;
  if (event.type === 'crm.customer.merged-into') survivor = event.data.survivorId;
  if (event.type === 'crm.customer.unmerged') survivor = undefined;
  if (event.type === 'crm.customer.absorbed') duplicates = [...absorbed.filter((id) => id !== event.data.duplicateId), event.data.duplicateId];
  if (event.type === 'crm.customer.released') duplicates = absorbed.filter((id) => id !== event.data.duplicateId);
  // Absent rather than null when unset, so an unmerged record reads exactly as before its merge.
  return { ...own, ...(survivor ? { mergedInto: survivor } : {}), ...(duplicates.length ? { absorbed: duplicates } : {}) };
}
