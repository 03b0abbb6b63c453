import { parseCountry } from '../../../../../libs/domain/shared/country';
import { NotFoundError } from '../../../../../libs/domain/shared/errors';
import { DocumentCollection, Filter } from '../../../../../libs/read-models/document-store.port';
import { currentPrincipal } from '../../http/request-context';
import { PartnerScope } from '../../partners/partner-scope';
import { scopedCollection } from '../../partners/scoped-collection';
import { ReadModels } from '../../read-side/read-models.service';

/** What an analytics request narrows to: `partnerId` = that partner's whole subtree; `country` = ISO 3166 code. */
export interface Rollup { partnerId?: string; country?: string }

/** The rollup asked for by query parameters (`country` upper-cased, 422 when it is no ISO 3166-1 code). */
export function rollupOf(q: { partnerId?: string; country?: string }): Rollup {
  return { ...(q.partnerId ? { partnerId: q.partnerId } : {}), ...(q.country ? { country: parseCountry(q.country, 'country') } : {}) };
}

/** The partners and country the figures cover; `partners` undefined = every partner (an unconfined principal asking for no subtree). */
export interface AnalyticsScope { partners?: string[]; country?: string; narrowed: boolean }

/**
 * A partner key's figures cover its own subtree, and a subtree it asks for must lie inside it
 * (404 otherwise, as for a partner that does not exist); anyone else may ask for any subtree.
 */
export async function analyticsScope(readModels: ReadModels, scope: PartnerScope, rollup: Rollup = {}): Promise<AnalyticsScope> {
  const own = await scope.subtree(currentPrincipal());
  let partners = own;
  if (rollup.partnerId !== undefined) {
    if (own && !own.includes(rollup.partnerId)) throw new NotFoundError('partner', rollup.partnerId);
    partners = (await (await readModels.collection('partners')).find({ path: rollup.partnerId })).map((p) => String(p._id));
    if (partners.length === 0) throw new NotFoundError('partner', rollup.partnerId);
  }
  return { ...(partners ? { partners } : {}), ...(rollup.country ? { country: rollup.country } : {}), narrowed: partners !== undefined || rollup.country !== undefined };
}

/** Documents that carry their own partner and country (leads, cases), narrowed to the scope. */
export function narrowByFields(collection: DocumentCollection, s: AnalyticsScope): DocumentCollection {
  const filter: Filter = { ...(s.partners ? { partnerId: { $in: s.partners } } : {}), ...(s.country ? { country: s.country } : {}) };
  return Object.keys(filter).length ? scopedCollection(collection, filter) : collection;
}

/** Documents that name only a customer (deals), narrowed to the customers of the scope's partners and country. */
export async function narrowByCustomer(readModels: ReadModels, collection: DocumentCollection, s: AnalyticsScope): Promise<DocumentCollection> {
  if (!s.narrowed) return collection;
  const filter: Filter = { ...(s.partners ? { partnerId: { $in: s.partners } } : {}), ...(s.country ? { country: s.country } : {}) };
  const customers = await (await readModels.collection('customer-360')).find(filter);
  return scopedCollection(collection, { customerId: { $in: customers.map((c) => String(c._id)) } });
}
