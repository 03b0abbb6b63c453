import { getJson } from '../api';
import { Amounts, amountCell } from '../money';
import { cell, PanelDef, readsAnalytics } from '../panel';
import { analyticsParams } from './query';

interface Figures { won: number; lost: number; winRate: number | null; wonAmount: Amounts; lostAmount: Amounts; salesCycleDays: { average: number | null; min: number | null; max: number | null } }
interface WinRate { pipelines: (Figures & { pipelineId: string })[]; overall: Figures }

/** Deals closed in the period: won / (won + lost) and days from creation to won. */
export const winRatePanel: PanelDef = {
  id: 'win-rate', view: 'sales', title: (t) => t.winRate, visible: readsAnalytics,
  async load(ctx) {
    const { t, f } = ctx;
    const answer = await getJson<WinRate>('/v1/analytics/win-rate', analyticsParams(ctx));
    const rows = answer.pipelines;
    const shown = answer.overall;
    if (!rows.length && !(shown.won + shown.lost)) return { columns: [], rows: [] };
    const name = (id: string) => ctx.pipelineNames.get(id) ?? id;
    return {
      figures: [
        { id: 'win-rate', label: t.rate, cell: cell(f.percent(shown.winRate), shown.winRate) },
        { id: 'cycle-average', label: t.cycleAverage, cell: cell(f.number(shown.salesCycleDays.average), shown.salesCycleDays.average) },
        { id: 'cycle-min', label: t.cycleMin, cell: cell(f.number(shown.salesCycleDays.min), shown.salesCycleDays.min) },
        { id: 'cycle-max', label: t.cycleMax, cell: cell(f.number(shown.salesCycleDays.max), shown.salesCycleDays.max) },
      ],
      chart: { type: 'bar', counts: true, labels: rows.map((p) => name(p.pipelineId)), series: [{ label: t.won, values: rows.map((p) => p.won) }, { label: t.lost, values: rows.map((p) => p.lost) }] },
      columns: [t.pipelineName, t.won, t.lost, t.rate, t.wonAmount, t.lostAmount, t.cycleAverage],
      rows: rows.map((p) => [
        cell(name(p.pipelineId), p.pipelineId), cell(f.number(p.won), p.won), cell(f.number(p.lost), p.lost), cell(f.percent(p.winRate), p.winRate),
        amountCell(f, p.wonAmount), amountCell(f, p.lostAmount), cell(f.number(p.salesCycleDays.average), p.salesCycleDays.average),
      ]),
    };
  },
};
