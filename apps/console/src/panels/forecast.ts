import { getJson } from '../api';
import { Amounts, amountCell, totalOf } from '../money';
import { cell, PanelDef, readsAnalytics } from '../panel';
import { analyticsParams } from './query';

interface Month { month: string; openCount: number; wonCount: number; won: Amounts; pipeline: Amounts; weighted: Amounts; forecast: Amounts }
interface Forecast { months: Month[]; totals: Omit<Month, 'month'> }

/** Per month: won so far plus open deals expected to close, weighted. */
export const forecastPanel: PanelDef = {
  id: 'forecast', view: 'sales', title: (t) => t.forecast, visible: readsAnalytics,
  async load(ctx) {
    const { t, f } = ctx;
    const answer = await getJson<Forecast>('/v1/analytics/forecast', analyticsParams(ctx));
    if (!answer.months.length) return { columns: [], rows: [] };
    const notes = ctx.state.currency ? [] : [t.chooseCurrency];
    return {
      figures: [{ id: 'forecast-total', label: t.forecastTotal, cell: amountCell(f, answer.totals.forecast) }, { id: 'won-total', label: t.won, cell: amountCell(f, answer.totals.won) }],
      chart: ctx.state.currency ? {
        type: 'bar', labels: answer.months.map((m) => f.month(m.month)),
        series: [{ label: t.won, values: answer.months.map((m) => totalOf(m.won)) }, { label: t.weighted, values: answer.months.map((m) => totalOf(m.weighted)) }],
      } : undefined,
      columns: [t.month, t.won, t.open, t.weighted, t.forecastTotal],
      rows: answer.months.map((m) => [cell(f.month(m.month), m.month), amountCell(f, m.won), amountCell(f, m.pipeline), amountCell(f, m.weighted), amountCell(f, m.forecast)]),
      notes,
    };
  },
};
