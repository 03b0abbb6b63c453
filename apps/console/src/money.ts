import { Formatters, Money } from './i18n';
import { Cell, cell } from './panel';

/** The API's amounts: per currency always, `total` when a currency was asked. */
export interface Amounts {
  byCurrency: Money[];
  total: Money | null;
}

/** A total when there is one, else the per-currency amounts side by side. */
export function amountCell(f: Formatters, amounts: Amounts | null | undefined): Cell {
  if (!amounts) return cell('—', null);
  if (amounts.total) return cell(f.money(amounts.total), amounts.total.amount);
  if (!amounts.byCurrency.length) return cell(f.number(0), '0');
  return cell(amounts.byCurrency.map((m) => f.money(m)).join(' + '), amounts.byCurrency.map((m) => `${m.amount} ${m.currency}`).join(' + '));
}

/** What a chart can draw: the total in the chosen currency (null without one). */
export const totalOf = (amounts: Amounts | null | undefined): number | null => (amounts?.total ? Number(amounts.total.amount) : null);

/** Money in the shapes an answer may use: `{ amount, currency }`, `{ byCurrency, total }`, or a bare decimal. */
export function anyMoneyCell(f: Formatters, value: unknown): Cell {
  if (value === null || value === undefined) return cell('—', null);
  if (typeof value === 'string' || typeof value === 'number') return cell(f.number(Number(value)), value);
  const v = value as Partial<Money & Amounts>;
  if (v.byCurrency) return amountCell(f, v as Amounts);
  if (v.amount !== undefined && v.currency) return cell(f.money(v as Money), v.amount);
  return cell('—', null);
}
