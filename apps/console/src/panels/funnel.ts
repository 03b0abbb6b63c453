import { getJson } from '../api';
import { cell, PanelDef, readsAnalytics } from '../panel';
import { analyticsParams } from './query';

interface Step { stage: string; count: number; conversionFromPrevious: number | null; conversionFromFirst: number; averageDaysFromPrevious: number | null }
interface Funnel { groups: { group: string | null; cohort: number; disqualified: number; steps: Step[] }[] }

/** Steps and conversion between them, of the leads of the chosen country and partner subtree. */
export const funnelPanel: PanelDef = {
  id: 'funnel', view: 'sales', title: (t) => t.funnel, visible: readsAnalytics,
  async load(ctx) {
    const { t, f } = ctx;
    const answer = await getJson<Funnel>('/v1/analytics/lead-funnel', analyticsParams(ctx, false));
    const group = answer.groups[0];
    if (!group || group.cohort === 0) return { columns: [], rows: [] };
    return {
      figures: [
        { id: 'cohort', label: t.cohort, cell: cell(f.number(group.cohort), group.cohort) },
        { id: 'disqualified', label: t.disqualified, cell: cell(f.number(group.disqualified), group.disqualified) },
      ],
      chart: { type: 'bar', counts: true, labels: group.steps.map((s) => s.stage), series: [{ label: t.count, values: group.steps.map((s) => s.count) }] },
      columns: [t.step, t.count, t.fromPrevious, t.fromFirst, t.daysFromPrevious],
      rows: group.steps.map((s) => [
        cell(s.stage, s.stage), cell(f.number(s.count), s.count), cell(f.percent(s.conversionFromPrevious), s.conversionFromPrevious),
        cell(f.percent(s.conversionFromFirst), s.conversionFromFirst), cell(f.number(s.averageDaysFromPrevious), s.averageDaysFromPrevious),
      ]),
    };
  },
};
