import { getCountries } from 'libphonenumber-js';
import { invalid, requireString } from './validation';

// Assigned ISO 3166-1 codes that have no phone numbering plan of their own.
const WITHOUT_NUMBERING_PLAN = ['AQ', 'BV', 'GS', 'HM', 'PN', 'TF', 'UM'];
// Exceptionally reserved codes libphonenumber uses for numbering plans; not countries.
const NOT_ASSIGNED = new Set(['AC', 'TA']);

/** ISO 3166-1 alpha-2 codes (plus XK, the code in common use for Kosovo). */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(
  [...getCountries(), ...WITHOUT_NUMBERING_PLAN].filter((code) => !NOT_ASSIGNED.has(code)),
);

/** An ISO 3166-1 alpha-2 country code, upper-cased ("ir" → "IR"); "XX" and "ZZ" are refused. */
export function parseCountry(input: unknown, field: string): string {
  const code = requireString(input, field).trim().toUpperCase();
  if (!COUNTRY_CODES.has(code)) {
    throw invalid(field, `"${code}" is not an ISO 3166-1 alpha-2 country code (such as "IR", "DE" or "US")`);
  }
  return code;
}
