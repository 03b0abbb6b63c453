import { parseCurrency } from '../../shared/currency';
import { invalid, validateAll } from '../../shared/validation';
import { parseDecimal, toScaled } from './decimal';

/** Money as the API speaks it: a decimal string and an ISO 4217 code. */
export interface Money {
  amount: string;
  currency: string;
}

/** Read models store amounts at this fixed scale, the largest ISO 4217 minor unit (CLF, UYW). */
export const UNIT_SCALE = 4;
const SPLIT = 1_000_000_000n;

/** Digits after the point the currency uses (EUR 2, JPY 0, BHD 3), as CLDR knows them. */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Validates money; the amount may not have more digits than its currency ("10.001 EUR" is refused). */
export function parseMoney(input: unknown, field: string): Money {
  if (!input || typeof input !== 'object') throw invalid(field, 'must be { amount: "123.45", currency: "EUR" }');
  const { amount, currency } = input as Record<string, unknown>;
  const parsed = validateAll({ currency: () => parseCurrency(currency, `${field}.currency`) });
  const digits = minorDigits(parsed.currency);
  const value = parseDecimal(amount, `${field}.amount`, { maxScale: digits });
  return { amount: withDigits(value, digits), currency: parsed.currency };
}

/** "120.5" with 2 digits → "120.50": money is written with its currency's minor unit. */
export function withDigits(decimal: string, digits: number): string {
  const [whole, fraction = ''] = decimal.split('.');
  return digits ? `${whole}.${fraction.padEnd(digits, '0')}` : whole;
}

/**
 * An amount as two integers (`hi`·10^9 + `lo` units of 10^-4) that sum exactly as doubles in any
 * aggregation engine: each part stays far below 2^53 even summed over millions of documents.
 */
export function toUnits(amount: string): { hi: number; lo: number } {
  const units = toScaled(amount, UNIT_SCALE);
  return { hi: Number(units / SPLIT), lo: Number(units % SPLIT) };
}

export function fromUnits(hi: number, lo: number): bigint {
  return BigInt(hi) * SPLIT + BigInt(lo);
}
