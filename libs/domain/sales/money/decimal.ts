import { invalid } from '../../shared/validation';

const DECIMAL = /^(\d{1,18})(?:\.(\d{1,12}))?$/;

export interface DecimalOptions {
  /** Most digits allowed after the point. */
  maxScale: number;
  /** Refuse zero (rates); amounts may be zero. */
  positive?: boolean;
  /** Inclusive upper bound (probabilities ≤ 1). */
  max?: string;
}

/**
 * A non-negative decimal written as a string ("123.45") or a plain JSON number, returned in canonical
 * form: no leading zeros, no trailing fractional zeros ("0120.50" → "120.5"). Exact: never a float.
 */
export function parseDecimal(input: unknown, field: string, options: DecimalOptions): string {
  const text = typeof input === 'number' && Number.isFinite(input) ? numberText(input) : input;
  if (typeof text !== 'string') throw invalid(field, 'must be a decimal string such as "123.45"');
  const match = DECIMAL.exec(text.trim());
  if (!match) throw invalid(field, `"${text}" is not a non-negative decimal such as "123.45"`);
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > options.maxScale) throw invalid(field, `must have at most ${options.maxScale} digits after the point`);
  const canonical = `${BigInt(match[1])}${fraction ? `.${fraction}` : ''}`;
  if (options.positive && toScaled(canonical, options.maxScale) === 0n) throw invalid(field, 'must be greater than zero');
  if (options.max !== undefined && toScaled(canonical, 12) > toScaled(options.max, 12)) throw invalid(field, `must be at most ${options.max}`);
  return canonical;
}

// Plain JSON numbers are read through their shortest round-trip text, so 0.1 stays "0.1".
const numberText = (value: number): string => (Number.isInteger(value) ? BigInt(value).toString() : String(value));

/** The decimal times 10^scale as an integer; digits beyond the scale are refused by the parser before. */
export function toScaled(decimal: string, scale: number): bigint {
  const [whole, fraction = ''] = decimal.split('.');
  return BigInt(whole + fraction.padEnd(scale, '0').slice(0, scale));
}

/** n / d rounded half-to-even to `digits` places, written with exactly that many digits. */
export function formatRatio(n: bigint, d: bigint, digits: number): string {
  const negative = (n < 0n) !== (d < 0n) && n !== 0n;
  const [num, den] = [abs(n) * 10n ** BigInt(digits), abs(d)];
  let quotient = num / den;
  const twice = (num % den) * 2n;
  if (twice > den || (twice === den && quotient % 2n === 1n)) quotient += 1n;
  const text = quotient.toString().padStart(digits + 1, '0');
  const body = digits ? `${text.slice(0, -digits)}.${text.slice(-digits)}` : text;
  return negative && quotient !== 0n ? `-${body}` : body;
}

const abs = (value: bigint): bigint => (value < 0n ? -value : value);
