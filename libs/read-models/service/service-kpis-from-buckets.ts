import { DocumentCollection } from '../document-store.port';
import { CaseKpiDay, CaseKpiMonth, GROUP_DIMENSIONS, groupKey, KpiGroup } from './case-kpi-days.projection';
import { addValue, mergeInto, percentileOf } from './log-histogram';
import { caseKpiFields, KpiWindow } from './service-kpis';

const DAY_MS = 86_400_000;
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00.000Z`) + DAY_MS).toISOString();
const FACETS = { byPriority: 'priority', byPartner: 'partner', byCountry: 'country', byChannel: 'channel' } as const;

/** A day every case of which lies in the window and was last touched by asOf: its current figures are its figures then. */
const settledWholeDay = (doc: CaseKpiDay, w: KpiWindow) =>
  doc.settledAt <= w.asOf && nextDay(doc.day) <= w.asOf && (!w.from || `${doc.day}T00:00:00.000Z` >= w.from) && (!w.to || nextDay(doc.day) <= w.to);
const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 1)).toISOString();
};
const settledWholeMonth = (doc: CaseKpiMonth, w: KpiWindow) =>
  doc.settledAt <= w.asOf && nextMonth(doc.month) <= w.asOf && (!w.from || `${doc.month}-01T00:00:00.000Z` >= w.from) && (!w.to || nextMonth(doc.month) <= w.to);

const empty = (): KpiGroup => ({ cases: 0, backlog: 0, breached: 0, frt: {}, res: {} });

function into(groups: Map<string, KpiGroup>, key: string, g: KpiGroup): void {
  const target = groups.get(key) ?? groups.set(key, empty()).get(key)!;
  target.cases += g.cases;
  target.backlog += g.backlog;
  target.breached += g.breached;
  mergeInto(target.frt, g.frt);
  mergeInto(target.res, g.res);
}

/** The cases of the other days, each as it stood at asOf, from the `cases` documents by the pipeline's own fields. */
async function perCaseGroups(cases: DocumentCollection, w: KpiWindow, days: string[], groups: Map<string, KpiGroup>): Promise<void> {
  if (days.length === 0) return;
  const wanted = new Set(days);
  const start = `${days[0]}T00:00:00.000Z`;
  const end = nextDay(days[days.length - 1]);
  const openedAt = { $gte: w.from && w.from > start ? w.from : start, $lt: w.to && w.to < end ? w.to : end, $lte: w.asOf };
  const rows = await cases.aggregate([{ $match: { openedAt } }, { $project: { ...caseKpiFields(w), day: { $substrCP: ['$openedAt', 0, 10] } } }]);
  for (const row of rows) {
    if (!wanted.has(String(row.day))) continue;
    const g: KpiGroup = { cases: 1, backlog: Number(row.open), breached: Number(row.breached), frt: {}, res: {} };
    if (row.frt !== null && row.frt !== undefined) addValue(g.frt, Number(row.frt));
    if (row.res !== null && row.res !== undefined) addValue(g.res, Number(row.res));
    const values = row as Record<string, string>;
    into(groups, groupKey(null), g);
    for (const d of GROUP_DIMENSIONS) into(groups, groupKey(d, values[d]), g);
  }
}

const figures = (key: string | null, g: KpiGroup) => ({
  key, cases: g.cases, backlog: g.backlog, breached: g.breached, breachRate: g.cases > 0 ? g.breached / g.cases : null,
  firstResponseMinutes: { median: percentileOf(g.frt, 0.5), p90: percentileOf(g.frt, 0.9) },
  resolutionMinutes: { median: percentileOf(g.res, 0.5), p90: percentileOf(g.res, 0.9) },
});

/**
 * Service KPIs from the day buckets: counts, backlog and breach rate exactly as serviceKpiPipeline
 * gives them, medians and p90 within the histogram's relative error (log-histogram.ts). Days the
 * window cuts, or with a case touched after asOf, are answered from those days' case documents.
 */
export async function serviceKpisFromBuckets(days: DocumentCollection, cases: DocumentCollection, w: KpiWindow) {
  const upper = w.to && w.to < w.asOf ? w.to : w.asOf;
  const groups = new Map<string, KpiGroup>();
  // Whole settled months from their month document; the days of the other months one by one.
  const months = (await days.find({ month: { $lte: upper.slice(0, 7), ...(w.from ? { $gte: w.from.slice(0, 7) } : {}) } })) as CaseKpiMonth[];
  const whole = new Set<string>();
  for (const doc of months) {
    if (!settledWholeMonth(doc, w)) continue;
    whole.add(doc.month);
    for (const [key, g] of Object.entries(doc.groups)) into(groups, key, g);
  }
  const daysLeft = months.map((m) => m.month).filter((m) => !whole.has(m));
  // One indexed range per month (a window cuts two at most; an asOf leaves one unsettled, rarely more).
  const docs = (await Promise.all(daysLeft.sort().map((m) => days.find({ day: { $gte: `${m}-01`, $lt: `${m}-32` } }, { sort: { day: 1 } })))).flat() as CaseKpiDay[];
  const other: string[] = [];
  for (const doc of docs) {
    if (doc.day > upper.slice(0, 10) || (w.from && doc.day < w.from.slice(0, 10))) continue;
    if (!settledWholeDay(doc, w)) other.push(doc.day);
    else for (const [key, g] of Object.entries(doc.groups)) into(groups, key, g);
  }
  await perCaseGroups(cases, w, other, groups);
  const facet = (dimension: string) => [...groups].filter(([key]) => key.startsWith(`${dimension}\u0000`))
    .map(([key, g]) => figures(key.slice(dimension.length + 1), g)).sort((a, b) => (a.key! < b.key! ? -1 : 1));
  const overall = groups.get(groupKey(null));
  return {
    overall: overall ? [figures(null, overall)] : [],
    ...Object.fromEntries(Object.entries(FACETS).map(([name, dimension]) => [name, facet(dimension)])) as Record<keyof typeof FACETS, ReturnType<typeof figures>[]>,
  };
}
