import { CountryCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';
import { invalid, requireString } from './validation';

/**
 * Parses a phone number written locally ("0912 345 6789") or internationally
 * ("+1 212 555 0100") and returns it in E.164 ("+989123456789"). Local numbers need
 * the customer's country (ISO 3166-1 alpha-2); numbers that cannot exist are refused.
 */
export function parsePhoneNumber(input: unknown, field: string, country?: string): string {
  const text = requireString(input, field).trim();
  if (text.length === 0) throw invalid(field, 'must not be empty');
  const defaultCountry = country && isSupportedCountry(country) ? (country as CountryCode) : undefined;
  // A "00" prefix is an international call prefix only in some countries, so it needs one too.
  const international = text.startsWith('+');
  if (!international && !defaultCountry) {
    throw invalid(field, `"${text}" has no country code: write it as +<country code> or set the customer's country`);
  }
  const parsed = parsePhoneNumberFromString(text, defaultCountry ? { defaultCountry } : undefined);
  if (!parsed || !parsed.isValid()) {
    const where = defaultCountry && !international ? ` in ${defaultCountry}` : '';
    throw invalid(field, `"${text}" is not a valid phone number${where}`);
  }
  return parsed.number;
}
