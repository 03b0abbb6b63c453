import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { parseCountry } from '../../../../../libs/domain/shared/country';
import { parseEmail } from '../../../../../libs/domain/shared/email';
import { parsePhoneNumber } from '../../../../../libs/domain/shared/phone-number';
import { nameTokens } from '../../../../../libs/read-models/customer/name-tokens';
import { decodeCursor, Page, page } from '../../http/cursor';
import { ReadModels } from '../../read-side/read-models.service';
import { CustomerView, SearchCustomersQuery } from './customer.queries';
import { toView } from './customer-view';

@QueryHandler(SearchCustomersQuery)
export class SearchCustomersHandler implements IQueryHandler<SearchCustomersQuery> {
  constructor(@Inject(ReadModels) private readonly readModels: ReadModels) {}

  async execute({ search, limit, cursor, scope }: SearchCustomersQuery): Promise<Page<CustomerView>> {
    const filter: Record<string, unknown>[] = scope ? [scope] : [];
    const country = search.country ? parseCountry(search.country, 'country') : undefined;
    if (country) filter.push({ country });
    if (search.email) filter.push({ emails: parseEmail(search.email, 'email').normalized });
    if (search.phone) filter.push({ phones: parsePhoneNumber(search.phone, 'phone', country) });
    if (search.partnerId) filter.push({ partnerId: search.partnerId });
    const tokens = search.q ? nameTokens(search.q) : [];
    if (tokens.length) filter.push({ nameTokens: { $all: tokens } });
    const after = decodeCursor(cursor);
    if (after) filter.push({ _id: { $gt: String(after[0]) } });
    const customers = await this.readModels.collection('customer-360');
    const found = await customers.find(filter.length ? { $and: filter } : {}, { sort: { _id: 1 }, limit: limit + 1 });
    return page(found.map(toView), limit, (view) => [view.customerId]);
  }
}
