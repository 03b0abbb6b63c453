import { LifecycleStage } from '../../../domain/sales/lifecycle';
import { AnalyticsParams, period, SalesCollections } from './sales-collections';

export const FUNNEL_GROUPS = { source: '$source', campaign: '$campaignId', country: '$country', partner: '$partnerId' } as const;
export type FunnelGroup = keyof typeof FUNNEL_GROUPS;
export const DEFAULT_FUNNEL: LifecycleStage[] = ['lead', 'mql', 'sql', 'opportunity', 'customer'];

export interface FunnelParams extends AnalyticsParams {
  /** The funnel's steps, in order: any lifecycle stages, chosen at query time. */
  stages: LifecycleStage[];
  by?: FunnelGroup;
}

const DAY_MS = 86_400_000;
const reachedBy = (stage: string, asOf: string) => ({ $and: [{ $ne: [`$reached.${stage}`, null] }, { $lte: [`$reached.${stage}`, asOf] }] });

/**
 * The cohort of leads captured in the period, and for each step how many had reached it by `asOf`
 * and the time from the previous step. Any funnel can be asked of the whole history, because each
 * lead document keeps when it reached every stage.
 */
export function funnelAggregation(params: FunnelParams): Record<string, unknown>[] {
  const project: Record<string, unknown> = { group: params.by ? FUNNEL_GROUPS[params.by] : null,
    disqualified: { $cond: [{ $and: [{ $ne: ['$disqualifiedAt', null] }, { $lte: ['$disqualifiedAt', params.asOf] }] }, 1, 0] } };
  params.stages.forEach((stage, i) => { project[`s${i}`] = { $cond: [reachedBy(stage, params.asOf), `$reachedMs.${stage}`, null] }; });
  const group: Record<string, unknown> = { _id: '$group', cohort: { $sum: 1 }, disqualified: { $sum: '$disqualified' } };
  params.stages.forEach((_stage, i) => {
    group[`n${i}`] = { $sum: { $cond: [{ $ne: [`$s${i}`, null] }, 1, 0] } };
    if (i === 0) return;
    const both = { $and: [{ $ne: [`$s${i - 1}`, null] }, { $ne: [`$s${i}`, null] }] };
    group[`pairs${i}`] = { $sum: { $cond: [both, 1, 0] } };
    group[`gapMs${i}`] = { $sum: { $cond: [both, { $subtract: [`$s${i}`, `$s${i - 1}`] }, 0] } };
  });
  return [{ $match: { capturedAt: period(params) } }, { $project: project }, { $group: group }, { $sort: { _id: 1 } }];
}

const ratio = (n: number, d: number) => (d ? Math.round((n / d) * 10_000) / 10_000 : null);

/** Lead funnel per group: counts per step, conversion from the previous step and from the first, average days between steps. */
export async function leadFunnelReport(collections: SalesCollections, params: FunnelParams) {
  return funnelReportOf(params, await collections.leads.aggregate(funnelAggregation(params)));
}

/** The report from funnelAggregation's rows (one per group, in group order), wherever they were counted. */
export function funnelReportOf(params: FunnelParams, rows: Record<string, unknown>[]) {
  const groups = rows.map((row) => {
    const count = (i: number) => Number(row[`n${i}`]);
    return {
      group: (row._id as string | null) ?? null, cohort: Number(row.cohort), disqualified: Number(row.disqualified),
      steps: params.stages.map((stage, i) => ({
        stage, count: count(i),
        conversionFromPrevious: i ? ratio(count(i), count(i - 1)) : null,
        conversionFromFirst: ratio(count(i), count(0)),
        averageDaysFromPrevious: i && Number(row[`pairs${i}`]) ? Math.round((Number(row[`gapMs${i}`]) / Number(row[`pairs${i}`]) / DAY_MS) * 100) / 100 : null,
      })),
    };
  });
  return { asOf: params.asOf, from: params.from ?? null, to: params.to ?? null, by: params.by ?? null, stages: params.stages, groups };
}
