import { parseCountry } from '../shared/country';
import { parseEmail } from '../shared/email';
import { parsePhoneNumber } from '../shared/phone-number';
import { invalid, validateList } from '../shared/validation';
import { ContactPointType } from './customer.events';
import { uniqueBy } from './profile';

export function parseContactPointType(input: unknown, field: string): ContactPointType {
  if (input !== 'email' && input !== 'phone') throw invalid(field, 'must be "email" or "phone"');
  return input;
}

/** The stored form of a contact point: lower-cased email, or E.164 phone read in `country`. */
export function normaliseContactValue(type: ContactPointType, input: unknown, field: string, country?: string): string {
  return type === 'email' ? parseEmail(input, field).normalized : parsePhoneNumber(input, field, country);
}

export const parseEmails = (input: unknown, field: string): string[] =>
  unique(validateList(input, field, (value, f) => normaliseContactValue('email', value, f)));

export const parsePhones = (input: unknown, field: string, country?: string): string[] =>
  unique(validateList(input, field, (value, f) => normaliseContactValue('phone', value, f, country)));

/** The country to read local phone numbers in, or none if it is itself invalid (reported apart). */
export function phoneCountry(input: unknown): string | undefined {
  try {
    return input == null ? undefined : parseCountry(input, 'country');
  } catch {
    return undefined;
  }
}

const unique = (values: string[]): string[] => uniqueBy(values, (value) => value);
