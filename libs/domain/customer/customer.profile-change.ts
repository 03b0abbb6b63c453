import { parseCountry } from '../shared/country';
import { parseCurrency } from '../shared/currency';
import { parseDisplayName } from '../shared/display-name';
import { parseId } from '../shared/identifier';
import { parseLanguage } from '../shared/language';
import { parseTimeZone } from '../shared/time-zone';
import { validateAll, validateList } from '../shared/validation';
import { ChangeProfile } from './customer.commands';
import { ClearableProfileField, CustomerEvent, CustomerProfileChanged } from './customer.events';
import { RegisteredCustomer } from './customer.state';
import { parseAddress, parseExternalRefs, parseKind } from './profile';

const CLEARABLE: readonly ClearableProfileField[] = ['country', 'timeZone', 'preferredLanguage', 'currency', 'partnerId'];

type Parse<T> = (input: unknown, field: string) => T;

/** Absent stays absent (undefined), null means "remove", anything else is parsed. */
const clearable =
  <T>(input: unknown, field: string, parse: Parse<T>) =>
  (): T | null | undefined =>
    input === undefined || input === null ? input : parse(input, field);

const ifPresent =
  <T>(input: unknown, field: string, parse: Parse<T>) =>
  (): T | undefined =>
    input === undefined ? undefined : parse(input, field);

/** Checks for the profile fields shared by registration and profile change (see validateAll). */
export function profileChecks(input: Omit<ChangeProfile, 'type' | 'customerId'>) {
  return {
    kind: ifPresent(input.kind, 'kind', parseKind),
    name: ifPresent(input.name, 'name', parseDisplayName),
    addresses: ifPresent(input.addresses, 'addresses', (list, field) => validateList(list, field, parseAddress)),
    externalRefs: ifPresent(input.externalRefs, 'externalRefs', parseExternalRefs),
    country: clearable(input.country, 'country', parseCountry),
    timeZone: clearable(input.timeZone, 'timeZone', parseTimeZone),
    preferredLanguage: clearable(input.preferredLanguage, 'preferredLanguage', parseLanguage),
    currency: clearable(input.currency, 'currency', parseCurrency),
    partnerId: clearable(input.partnerId, 'partnerId', parseId),
  };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** A profile-changed event holding only what differs from the state, or nothing at all. */
export function changedProfile(command: ChangeProfile, customer: RegisteredCustomer): CustomerEvent[] {
  const next = validateAll(profileChecks(command));
  const data: CustomerProfileChanged['data'] = { customerId: customer.customerId };
  const personal: CustomerProfileChanged['personal'] = {};
  const cleared: ClearableProfileField[] = [];
  if (next.kind !== undefined && next.kind !== customer.kind) data.kind = next.kind;
  for (const field of CLEARABLE) {
    const value = next[field];
    if (value === null && customer[field] !== undefined) cleared.push(field);
    if (value !== null && value !== undefined && value !== customer[field]) data[field] = value;
  }
  if (cleared.length > 0) data.cleared = cleared;
  if (next.name !== undefined && next.name !== customer.name) personal.name = next.name;
  if (next.addresses !== undefined && !same(next.addresses, customer.addresses)) personal.addresses = next.addresses;
  if (next.externalRefs !== undefined && !same(next.externalRefs, customer.externalRefs)) {
    personal.externalRefs = next.externalRefs;
  }
  const changed = Object.keys(data).length > 1 || Object.keys(personal).length > 0;
  return changed ? [{ type: 'crm.customer.profile-changed', data, personal }] : [];
}
