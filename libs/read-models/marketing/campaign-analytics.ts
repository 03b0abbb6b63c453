import { formatRatio } from '../../domain/sales/money/decimal';
import { Money } from '../../domain/sales/money/money';
import { CurrencySums, decimalRatio, Ratio } from '../sales/analytics/exact-sums';
import { FxConverter, RateUsed } from '../sales/analytics/fx-conversion';
import { CampaignContactDocument } from './campaign.projections';

export interface CampaignFigures {
  contacted: number;
  responded: number;
  converted: number;
  cost: Money;
  revenue: Money;
  /** (revenue − cost) / cost, 4 decimals; null when the cost is zero. */
  roi: string | null;
}

export interface CampaignAnalytics extends CampaignFigures {
  campaignId: string;
  asOf: string;
  currency: string;
  byVariant: (CampaignFigures & { variant: string })[];
  /** The rates the conversion used (in force at `asOf`), so the figure can be checked. */
  rates: RateUsed[];
}

interface Tally { contacted: number; responded: number; converted: number; revenue: CurrencySums }

const emptyTally = (): Tally => ({ contacted: 0, responded: 0, converted: 0, revenue: new CurrencySums() });

function tallyOf(contact: CampaignContactDocument, asOf: string, tally: Tally): void {
  if (!contact.contactedAt || contact.contactedAt > asOf) return;
  const responses = contact.responses.filter((r) => r.at <= asOf);
  tally.contacted++;
  if (responses.length) tally.responded++;
  const conversions = responses.filter((r) => r.kind === 'converted');
  if (conversions.length) tally.converted++;
  for (const { value } of conversions) if (value) tally.revenue.add(value.currency, decimalRatio(value.amount));
}

const sub = (a: Ratio, b: Ratio): Ratio => ({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });
const moneyRatio = (money: Money): Ratio => decimalRatio(money.amount);

function figures(tally: Tally, cost: Ratio, target: string, converter: FxConverter, used: RateUsed[]): CampaignFigures {
  const costSums = new CurrencySums().add(target, cost);
  const revenue = converter.total(tally.revenue, target);
  const costMoney = converter.total(costSums, target).total;
  for (const rate of revenue.rates) if (!used.includes(rate)) used.push(rate);
  const revenueRatio = moneyRatio(revenue.total);
  const costRatio = moneyRatio(costMoney);
  const gain = sub(revenueRatio, costRatio);
  const roi = costRatio.n === 0n ? null : formatRatio(gain.n * costRatio.d, gain.d * costRatio.n, 4);
  return { contacted: tally.contacted, responded: tally.responded, converted: tally.converted, cost: costMoney, revenue: revenue.total, roi };
}

/**
 * A campaign's figures as of `asOf` in `target`: members contacted by then, those who responded or
 * converted by then, revenue = the conversions' values, cost = the whole budget (a variant carries
 * the budget's share of the members it contacted). Every
 * amount is converted with the FX rates in force at `asOf`, exactly, rounded once per figure.
 */
export function campaignAnalytics(
  campaign: { campaignId: string; budget: Money; variants: { name: string }[] },
  contacts: readonly CampaignContactDocument[],
  params: { asOf: string; currency: string },
  converter: FxConverter,
): CampaignAnalytics {
  const total = emptyTally();
  const byVariant = new Map<string, Tally>(campaign.variants.map((v) => [v.name, emptyTally()]));
  for (const contact of contacts) {
    tallyOf(contact, params.asOf, total);
    const variant = contact.variant && byVariant.get(contact.variant);
    if (variant) tallyOf(contact, params.asOf, variant);
  }
  const used: RateUsed[] = [];
  const budget = converter.total(new CurrencySums().add(campaign.budget.currency, moneyRatio(campaign.budget)), params.currency);
  for (const rate of budget.rates) if (!used.includes(rate)) used.push(rate);
  const budgetRatio = moneyRatio(budget.total);
  const share = (tally: Tally): Ratio => (total.contacted === 0 ? { n: 0n, d: 1n } : { n: budgetRatio.n * BigInt(tally.contacted), d: budgetRatio.d * BigInt(total.contacted) });
  const overall = figures(total, budgetRatio, params.currency, converter, used);
  return {
    campaignId: campaign.campaignId, asOf: params.asOf, currency: params.currency, ...overall,
    byVariant: [...byVariant].map(([variant, tally]) => ({ variant, ...figures(tally, share(tally), params.currency, converter, used) })),
    rates: used.sort((a, b) => (`${a.base}/${a.quote}` < `${b.base}/${b.quote}` ? -1 : 1)),
  };
}
