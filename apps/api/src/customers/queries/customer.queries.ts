import { Query } from '@nestjs/cqrs';
import { Page } from '../../http/cursor';

export type CustomerView = Record<string, unknown> & { customerId: string; revision: number };

export class GetCustomerQuery extends Query<CustomerView> {
  constructor(
    readonly customerId: string,
    /** Business time (UTC ISO) */
    readonly asOf?: string,
    /** System time (UTC ISO) */
    readonly knownAt?: string,
  ) {
    super();
  }
}

export interface CustomerSearch {
  q?: string;
  email?: string;
  phone?: string;
  country?: string;
  partnerId?: string;
  /** `name`, `-lastContactAt`…; absent = by customer id. */
  sort?: string;
  /** Current members of this segment only (customer-id order). */
  segmentId?: string;
}

export class SearchCustomersQuery extends Query<Page<CustomerView>> {
  constructor(
    readonly search: CustomerSearch,
    readonly limit: number,
    readonly cursor?: string,
    /** Narrows the search to what the caller may see (PartnerScope.customerFilter). */
    readonly scope?: Record<string, unknown>,
  ) {
    super();
  }
}

export type HistoryEntry = Record<string, unknown>;

export class CustomerEventsQuery extends Query<Page<HistoryEntry>> {
  constructor(
    readonly customerId: string,
    /** `history`: log (audit) order; `timeline`: business-time order. */
    readonly order: 'history' | 'timeline',
    readonly limit: number,
    readonly cursor?: string,
    /** Only the entries of this interaction (the Location a recorded interaction answers). */
    readonly interactionId?: string,
  ) {
    super();
  }
}
