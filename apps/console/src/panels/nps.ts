import { getJson } from '../api';
import { cell, PanelDef, readsAnalytics } from '../panel';
import { analyticsParams } from './query';

interface Score { responses: number; nps: number | null; promoters: number; passives: number; detractors: number }
interface Nps { overall: Score; trend: (Score & { key: string })[]; csat: { average: number | null; responses: number } }

/** NPS per month and the CSAT average, of the chosen country and partner subtree. */
export const npsPanel: PanelDef = {
  id: 'nps', view: 'voice', title: (t) => t.nps, visible: readsAnalytics,
  async load(ctx) {
    const { t, f } = ctx;
    const answer = await getJson<Nps>('/v1/analytics/nps', { ...analyticsParams(ctx, false), period: 'month' });
    const trend = answer.trend.map((r) => ({ ...r, period: r.key }));
    if (!trend.length) return { columns: [], rows: [] };
    return {
      figures: [
        { id: 'nps-overall', label: 'NPS', cell: cell(f.number(answer.overall.nps), answer.overall.nps) },
        { id: 'csat', label: t.csat, cell: cell(f.number(answer.csat.average), answer.csat.average) },
      ],
      chart: { type: 'line', labels: trend.map((r) => f.month(r.period)), series: [{ label: 'NPS', values: trend.map((r) => r.nps) }] },
      columns: [t.period, 'NPS', t.responses, t.promoters, t.passives, t.detractors],
      rows: trend.map((r) => [
        cell(f.month(r.period), r.period), cell(f.number(r.nps), r.nps), cell(f.number(r.responses), r.responses), cell(f.number(r.promoters), r.promoters),
        cell(f.number(r.passives), r.passives), cell(f.number(r.detractors), r.detractors),
      ]),
      notes: [t.csatOverall],
    };
  },
};
