import { RegisterCustomer } from './customer.commands';
import { CustomerRegistered } from './customer.events';
import { FoldedCustomerEvent } from './customer.state';

/** Shared givens for the customer specs: Sara, a Tehran customer with one email and one phone. */
export const customerId = 'cus-1';

export const registerSara: RegisterCustomer = {
  type: 'RegisterCustomer',
  customerId,
  kind: 'person',
  name: 'سارا احمدی',
  emails: ['Sara@Example.com'],
  phones: ['0912 345 6789'],
  country: 'IR',
};

export const saraRegistered: CustomerRegistered = {
  type: 'crm.customer.registered',
  data: { customerId, kind: 'person', country: 'IR' },
  personal: {
    name: 'سارا احمدی',
    contactPoints: [
      { id: 'cp-email', type: 'email', value: 'sara@example.com' },
      { id: 'cp-phone', type: 'phone', value: '+989123456789' },
    ],
    addresses: [],
    externalRefs: [],
  },
};

/** A consent event; with `at`, as the store hands it back (with its business time). */
export const consentGranted = (purpose: string, channel: string, at?: string): FoldedCustomerEvent => ({
  type: 'crm.customer.consent-granted',
  data: { customerId, purpose, channel },
  ...(at ? { occurredAt: at } : {}),
});

export const consentWithdrawn = (purpose: string, channel: string, at?: string): FoldedCustomerEvent => ({
  type: 'crm.customer.consent-withdrawn',
  data: { customerId, purpose, channel },
  ...(at ? { occurredAt: at } : {}),
});
