import { invalid } from '../../../domain/shared/validation';
import { Money } from '../../../domain/sales/money/money';
import { DocumentCollection } from '../../document-store.port';
import { add, CurrencySums, decimalRatio, invert, multiply, Ratio, toMoney, ZERO } from './exact-sums';

export interface RateInForce {
  base: string;
  quote: string;
  rate: string;
  effectiveAt: string;
}

/** A rate used in a conversion, so that a figure can be checked and reproduced. */
export interface RateUsed extends RateInForce {
  /** Converted from `quote` to `base` (1 / rate). */
  inverted: boolean;
}

/**
 * The latest rate of every pair whose effective instant is at or before `at` (one document per
 * pair and instant). Reduced here rather than by `$group … $last`, which not every
 * MongoDB-protocol server implements (FerretDB answers "not implemented").
 */
export async function ratesInForce(fxRates: DocumentCollection, at: string): Promise<RateInForce[]> {
  const latest = new Map<string, RateInForce>();
  for (const doc of await fxRates.find({ effectiveAt: { $lte: at } })) {
    const rate = { base: String(doc.base), quote: String(doc.quote), rate: String(doc.rate), effectiveAt: String(doc.effectiveAt) };
    const pair = `${rate.base}/${rate.quote}`;
    const known = latest.get(pair);
    if (!known || known.effectiveAt < rate.effectiveAt) latest.set(pair, rate);
  }
  return [...latest.values()];
}

interface Edge { to: string; factor: Ratio; used: RateUsed }

/**
 * Converts with the rates in force at one instant: directly, through the inverse of the opposite
 * pair, or through one intermediate currency (IRR → USD → EUR) when no rate links the two.
 */
export class FxConverter {
  private readonly edges = new Map<string, Edge[]>();

  constructor(rates: RateInForce[], readonly at: string) {
    for (const rate of rates) {
      const factor = decimalRatio(rate.rate);
      this.edge(rate.base, { to: rate.quote, factor, used: { ...rate, inverted: false } });
      this.edge(rate.quote, { to: rate.base, factor: invert(factor), used: { ...rate, inverted: true } });
    }
  }

  /** Sums every currency into `target`; 422 naming the pair when no rate in force links them. */
  total(sums: CurrencySums, target: string): { total: Money; rates: RateUsed[] } {
    let total = ZERO;
    const rates: RateUsed[] = [];
    for (const [currency, amount] of sums.entries()) {
      const path = this.path(currency, target);
      if (!path) throw invalid('currency', `no FX rate from ${currency} to ${target} is in force at ${this.at}; record one with POST /v1/fx-rates`);
      total = add(total, path.reduce((value, edge) => multiply(value, edge.factor), amount));
      rates.push(...path.map((edge) => edge.used).filter((used) => !rates.includes(used)));
    }
    return { total: toMoney(total, target), rates };
  }

  private path(from: string, to: string): Edge[] | null {
    if (from === to) return [];
    const direct = this.best(from, to);
    if (direct) return [direct];
    for (const first of this.edges.get(from) ?? []) {
      const second = this.best(first.to, to);
      if (second) return [first, second];
    }
    return null;
  }

  // A pair quoted in the direction asked beats the inverse of the opposite pair.
  private best(from: string, to: string): Edge | undefined {
    const candidates = (this.edges.get(from) ?? []).filter((edge) => edge.to === to);
    return candidates.find((edge) => !edge.used.inverted) ?? candidates[0];
  }

  private edge(from: string, edge: Edge): void {
    this.edges.set(from, [...(this.edges.get(from) ?? []), edge]);
  }
}

/** Amounts per currency and, when a target currency is asked, their exact total in it. */
export interface MoneyFigure {
  byCurrency: Money[];
  total: Money | null;
}

export function moneyFigure(sums: CurrencySums, converter: FxConverter | null, target: string | undefined, used: RateUsed[]): MoneyFigure {
  if (!target || !converter) return { byCurrency: sums.list(), total: null };
  const { total, rates } = converter.total(sums, target);
  for (const rate of rates) if (!used.includes(rate)) used.push(rate);
  used.sort((a, b) => (`${a.base}/${a.quote}` < `${b.base}/${b.quote}` ? -1 : 1)); // stable answers for equal questions
  return { byCurrency: sums.list(), total };
}
