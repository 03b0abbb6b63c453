import { invalid, requireString } from './validation';

const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 currency code, upper-cased ("eur" → "EUR"). */
export function parseCurrency(input: unknown, field: string): string {
  const code = requireString(input, field).trim().toUpperCase();
  if (!CURRENCIES.has(code)) {
    throw invalid(field, `"${code}" is not an ISO 4217 currency code (such as "EUR", "IRR" or "USD")`);
  }
  return code;
}
