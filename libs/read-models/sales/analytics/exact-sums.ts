import { formatRatio, toScaled } from '../../../domain/sales/money/decimal';
import { fromUnits, minorDigits, Money, UNIT_SCALE } from '../../../domain/sales/money/money';

/** An exact rational n/d: money sums, rates and probabilities multiply without rounding until shown. */
export interface Ratio {
  n: bigint;
  d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let [x, y] = [a < 0n ? -a : a, b];
  while (y) [x, y] = [y, x % y];
  return x || 1n;
};
const reduce = ({ n, d }: Ratio): Ratio => {
  const g = gcd(n, d);
  return { n: n / g, d: d / g };
};

export const ZERO: Ratio = { n: 0n, d: 1n };
export const add = (a: Ratio, b: Ratio): Ratio => reduce({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
export const multiply = (a: Ratio, b: Ratio): Ratio => reduce({ n: a.n * b.n, d: a.d * b.d });
export const invert = (a: Ratio): Ratio => ({ n: a.d, d: a.n });

/** The split units an aggregation summed (see toUnits), as an amount in major units. */
export const unitsRatio = (hi: unknown, lo: unknown): Ratio => reduce({ n: fromUnits(Number(hi ?? 0), Number(lo ?? 0)), d: 10n ** BigInt(UNIT_SCALE) });

/** A decimal string (rate, probability) as a ratio. */
export const decimalRatio = (decimal: string): Ratio => reduce({ n: toScaled(decimal, 12), d: 10n ** 12n });

/** Rounded half to even to the currency's minor unit, only here, once. */
export const toMoney = (amount: Ratio, currency: string): Money => ({ amount: formatRatio(amount.n, amount.d, minorDigits(currency)), currency });

/** Exact amounts per currency. */
export class CurrencySums {
  private readonly sums = new Map<string, Ratio>();

  add(currency: string, amount: Ratio): this {
    this.sums.set(currency, add(this.sums.get(currency) ?? ZERO, amount));
    return this;
  }

  entries(): [string, Ratio][] {
    return [...this.sums].sort(([a], [b]) => (a < b ? -1 : 1));
  }

  /** Amounts in their own currencies, in code order. */
  list(): Money[] {
    return this.entries().map(([currency, amount]) => toMoney(amount, currency));
  }
}
