/**
 * KPI pipelines over the per-entity service read models. MongoDB operators only, all of which
 * mingo implements too, so both document stores answer the same figures. Times compare as ISO
 * strings (every stored instant is UTC with milliseconds), which needs no date operators.
 */
type Stage = Record<string, unknown>;

export interface KpiWindow {
  from?: string;
  to?: string;
  asOf: string;
}

const range = (w: KpiWindow) => ({ $lte: w.asOf, ...(w.from ? { $gte: w.from } : {}), ...(w.to ? { $lt: w.to } : {}) });
const upTo = (asOf: string, input: string, as: string) => ({ $filter: { input, as, cond: { $lte: [`$$${as}.at`, asOf] } } });
const lastOf = (array: unknown, otherwise: unknown = null) => ({
  $let: { vars: { a: array }, in: { $cond: [{ $gt: [{ $size: '$$a' }, 0] }, { $arrayElemAt: ['$$a', -1] }, otherwise] } },
});

const settled = (asOf: string) => ({ $and: [{ $ne: [{ $ifNull: ['$lastActivityAt', null] }, null] }, { $lte: ['$lastActivityAt', asOf] }] });

/** The list's numbers sorted, nulls (not yet answered or resolved) left out: done once per group. */
const sortedValues = (list: string) => ({ $sortArray: { input: { $filter: { input: list, as: 'v', cond: { $ne: ['$$v', null] } } }, sortBy: 1 } });

/** Nearest-rank percentile (the value at rank ⌈p·n⌉) of a sorted list; null when it is empty. */
function percentile(sorted: string, p: number) {
  return {
    $cond: [{ $gt: [{ $size: sorted }, 0] },
      { $arrayElemAt: [sorted, { $subtract: [{ $ceil: { $multiply: [p, { $size: sorted }] } }, 1] }] }, null],
  };
}

const serviceGroup = (key: unknown): Stage[] => [
  { $group: { _id: key, cases: { $sum: 1 }, backlog: { $sum: '$open' }, breached: { $sum: '$breached' }, frt: { $push: '$frt' }, res: { $push: '$res' } } },
  { $set: { frt: sortedValues('$frt'), res: sortedValues('$res') } },
  { $project: {
    _id: 0, key: '$_id', cases: 1, backlog: 1, breached: 1,
    breachRate: { $cond: [{ $gt: ['$cases', 0] }, { $divide: ['$breached', '$cases'] }, null] },
    firstResponseMinutes: { median: percentile('$frt', 0.5), p90: percentile('$frt', 0.9) },
    resolutionMinutes: { median: percentile('$res', 0.5), p90: percentile('$res', 0.9) },
  } },
  { $sort: { key: 1 } },
];

/**
 * Cases opened in the window (and by `asOf`), each as it stood at `asOf`: first-response and
 * resolution times in business minutes (median, p90), breach rate, backlog; overall and by
 * priority, partner, country and channel.
 */
export function serviceKpiPipeline(w: KpiWindow): Stage[] {
  return [
    { $match: { openedAt: range(w) } },
    { $project: caseKpiFields(w) },
    { $facet: {
      overall: serviceGroup(null), byPriority: serviceGroup('$priority'), byPartner: serviceGroup('$partner'),
      byCountry: serviceGroup('$country'), byChannel: serviceGroup('$channel'),
    } },
  ];
}

/** Each case as it stood at `asOf`: its groups, first-response and resolution minutes, open (1/0) and breached (1/0). */
export function caseKpiFields(w: KpiWindow): Record<string, unknown> {
  return {
      priority: 1, channel: 1, country: { $ifNull: ['$country', 'unknown'] }, partner: { $ifNull: ['$partnerId', 'none'] },
      frt: { $cond: [{ $and: [{ $ne: ['$firstRespondedAt', null] }, { $lte: ['$firstRespondedAt', w.asOf] }] }, '$firstResponseMinutes', null] },
      // A case with nothing after asOf is as it stands now: its current fields, without walking its history.
      res: { $cond: [settled(w.asOf), '$resolutionMinutes', lastOf({ $map: { input: upTo(w.asOf, '$resolutions', 'r'), as: 'r', in: '$$r.minutes' } })] },
      open: { $cond: [{ $in: [{ $cond: [settled(w.asOf), '$status', lastOf({ $map: { input: upTo(w.asOf, '$statusHistory', 'h'), as: 'h', in: '$$h.status' } }, 'open')] }, ['open', 'waiting']] }, 1, 0] },
      breached: { $cond: [{ $cond: [settled(w.asOf), '$breached', { $gt: [{ $size: upTo(w.asOf, '$breaches', 'b') }, 0] }] }, 1, 0] },
    };
}

/** Nearest-rank percentile index (0-based) of rank ⌈p·n⌉, as the pipeline takes it. */
export const nearestRank = (p: number, n: number): number => Math.ceil(p * n) - 1;

const PERIOD_LENGTH = { day: 10, month: 7, year: 4 } as const;

// Embedded keys are sorted field by field explicitly: mingo and MongoDB order whole sub-documents differently.
const npsGroup = (key: unknown, sort: Record<string, 1> = { key: 1 }): Stage[] => [
  { $group: { _id: key, responses: { $sum: 1 }, promoters: { $sum: '$promoter' }, detractors: { $sum: '$detractor' } } },
  ...npsFigures(sort),
];

/** From `{ _id, responses, promoters, detractors }` groups to the NPS rows (shared with the daily buckets, so both round alike). */
export const npsFigures = (sort: Record<string, 1> = { key: 1 }): Stage[] => [
  { $project: {
    _id: 0, key: '$_id', responses: 1, promoters: 1, detractors: 1, passives: { $subtract: ['$responses', { $add: ['$promoters', '$detractors'] }] },
    nps: { $round: [{ $multiply: [{ $divide: [{ $subtract: ['$promoters', '$detractors'] }, '$responses'] }, 100] }, 1] },
  } },
  { $sort: sort },
];

export const PERIOD_LENGTHS = PERIOD_LENGTH;
export type NpsPeriod = keyof typeof PERIOD_LENGTH;

/** NPS (% promoters − % detractors) overall and per period, per period and country, per period and partner. */

export function npsPipeline(w: KpiWindow, period: keyof typeof PERIOD_LENGTH): Stage[] {
  return [
    { $match: { kind: 'nps', submittedAt: range(w) } },
    { $project: {
      period: { $substrCP: ['$submittedAt', 0, PERIOD_LENGTH[period]] }, country: { $ifNull: ['$country', 'unknown'] }, partner: { $ifNull: ['$partnerId', 'none'] },
      promoter: { $cond: [{ $gte: ['$score', 9] }, 1, 0] }, detractor: { $cond: [{ $lte: ['$score', 6] }, 1, 0] },
    } },
    { $facet: {
      overall: npsGroup(null), trend: npsGroup('$period'),
      byCountry: npsGroup({ period: '$period', country: '$country' }, { 'key.period': 1, 'key.country': 1 }),
      byPartner: npsGroup({ period: '$period', partner: '$partner' }, { 'key.period': 1, 'key.partner': 1 }),
    } },
  ];
}

/** CSAT responses and average score in the window. */
export function csatPipeline(w: KpiWindow): Stage[] {
  return [
    { $match: { kind: 'csat', submittedAt: range(w) } },
    { $group: { _id: null, responses: { $sum: 1 }, average: { $avg: '$score' } } },
    { $project: { _id: 0, responses: 1, average: { $round: ['$average', 2] } } },
  ];
}
