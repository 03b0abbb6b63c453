import { getJson } from '../api';
import { Amounts, amountCell, totalOf } from '../money';
import { cell, PanelDef, readsAnalytics } from '../panel';
import { analyticsParams } from './query';

interface Stage { stage: string; probability: string; count: number; raw: Amounts; weighted: Amounts }
interface Report { pipelines: { pipelineId: string; name: string; stages: Stage[] }[]; totals: { count: number; raw: Amounts; weighted: Amounts } }

/** Open deals as of the instant, by pipeline and stage, raw and weighted by the stage's probability. */
export const pipelinePanel: PanelDef = {
  id: 'pipeline', view: 'sales', title: (t) => t.pipeline, visible: readsAnalytics,
  async load(ctx) {
    const { t, f } = ctx;
    const answer = await getJson<Report>('/v1/analytics/pipeline', analyticsParams(ctx));
    const pipelines = answer.pipelines;
    const stages = pipelines.flatMap((p) => p.stages.map((s) => ({ pipeline: p.name, ...s })));
    if (!stages.length) return { columns: [], rows: [] };
    const label = (s: { pipeline: string; stage: string }) => (pipelines.length > 1 ? `${s.pipeline} · ${s.stage}` : s.stage);
    const notes = ctx.state.currency ? [] : [t.chooseCurrency];
    return {
      figures: [
        { id: 'open-count', label: t.count, cell: cell(f.number(answer.totals.count), answer.totals.count) },
        { id: 'raw-total', label: t.raw, cell: amountCell(f, answer.totals.raw) },
        { id: 'weighted-total', label: t.weighted, cell: amountCell(f, answer.totals.weighted) },
      ],
      chart: ctx.state.currency ? {
        type: 'bar', labels: stages.map(label),
        series: [{ label: t.raw, values: stages.map((s) => totalOf(s.raw)) }, { label: t.weighted, values: stages.map((s) => totalOf(s.weighted)) }],
      } : undefined,
      columns: [t.pipelineName, t.stage, t.probability, t.count, t.raw, t.weighted],
      rows: stages.map((s) => [
        cell(s.pipeline, s.pipeline), cell(s.stage, s.stage), cell(f.percent(Number(s.probability)), s.probability), cell(f.number(s.count), s.count),
        amountCell(f, s.raw), amountCell(f, s.weighted),
      ]),
      notes,
    };
  },
};
