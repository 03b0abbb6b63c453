import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { parseCountry } from '../../../../../libs/domain/shared/country';
import { parseEmail } from '../../../../../libs/domain/shared/email';
import { parsePhoneNumber } from '../../../../../libs/domain/shared/phone-number';
import { nameQuery, prefixEnd } from '../../../../../libs/read-models/customer/name-tokens';
import { Page } from '../../http/cursor';
import { ReadModels } from '../../read-side/read-models.service';
import { CustomerSearch, CustomerView, SearchCustomersQuery } from './customer.queries';
import { toView } from './customer-view';
import { keysetPage } from './keyset-page';
import { customersInSegment } from '../../marketing/segments/segment-customers';

/**
 * Search and list: every condition is served by an index of customer-360 (equality on emails,
 * phones, country, partnerId, whole name tokens; a range for the unfinished last word), the order
 * by the primary key or a sortKeys index (see libs/read-models/sqlite/ordered-walk.ts).
 */
@QueryHandler(SearchCustomersQuery)
export class SearchCustomersHandler implements IQueryHandler<SearchCustomersQuery> {
  constructor(@Inject(ReadModels) private readonly readModels: ReadModels) {}

  async execute({ search, limit, cursor, scope }: SearchCustomersQuery): Promise<Page<CustomerView>> {
    const conditions = customerConditions(search);
    const filter = scope ? [scope, ...conditions] : conditions;
    const customers = await this.readModels.collection('customer-360');
    const found = search.segmentId
      ? await customersInSegment(this.readModels, search.segmentId, filter, limit, cursor)
      : await keysetPage(customers, filter, search.sort, limit, cursor);
    const result: Page<CustomerView> = { items: found.items.map(toView), nextCursor: found.nextCursor };
    // Counted only where the answer is already known or one index equality gives it.
    const single = !scope && !search.segmentId && conditions.length === 1 ? singleEquality(conditions[0]) : null;
    if (!cursor && !found.nextCursor) result.total = result.items.length;
    else if (single) result.total = await customers.count(single);
    return result;
  }
}

/** The search as filter conditions on customer-360 (values parsed and normalised as stored). */
export function customerConditions(search: CustomerSearch): Record<string, unknown>[] {
  const filter: Record<string, unknown>[] = [];
  const country = search.country ? parseCountry(search.country, 'country') : undefined;
  if (country) filter.push({ country });
  if (search.email) filter.push({ emails: parseEmail(search.email, 'email').normalized });
  if (search.phone) filter.push({ phones: parsePhoneNumber(search.phone, 'phone', country) });
  if (search.partnerId) filter.push({ partnerId: search.partnerId });
  const { words, prefix } = nameQuery(search.q);
  if (words.length) filter.push({ nameTokens: { $all: words } });
  if (prefix) filter.push({ nameTokens: { $elemMatch: { $gte: prefix, $lt: prefixEnd(prefix) } } });
  return filter;
}

const COUNTABLE = new Set(['emails', 'phones', 'country', 'partnerId']);

function singleEquality(condition: Record<string, unknown>): Record<string, unknown> | null {
  const [field, value] = Object.entries(condition)[0];
  return COUNTABLE.has(field) && typeof value === 'string' ? condition : null;
}
