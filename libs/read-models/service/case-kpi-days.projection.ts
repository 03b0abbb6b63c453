import { Doc } from '../document-store.port';
import { Projection } from '../projection';
import { CaseFields } from './case.document';
import { casesProjection } from './cases.projection';
import { addValue, Histogram } from './log-histogram';

/** A case's share of its day's figures, as it stands now. */
interface Contribution { day: string; groups: string[]; frt: number | null; res: number | null; open: number; breached: number; settledAt: string }

/** Figures of one group (overall, one priority, partner, country or channel) of the cases opened on a day. */
export interface KpiGroup { cases: number; backlog: number; breached: number; frt: Histogram; res: Histogram }

/**
 * `day:<date>`: cases opened that UTC day, per group; `settledAt` is the latest business time any
 * of them was last touched (an upper bound: it never goes back), so the day's current figures are
 * its figures as of any instant after it.
 */
export interface CaseKpiDay extends Doc { day: string; settledAt: string; groups: Record<string, KpiGroup> }
/** `month:<yyyy-mm>`: the same over a month of openings, so a long window reads a dozen documents, not hundreds. */
export interface CaseKpiMonth extends Doc { month: string; settledAt: string; groups: Record<string, KpiGroup> }

export const GROUP_DIMENSIONS = ['priority', 'partner', 'country', 'channel'] as const;
export const groupKey = (dimension: string | null, value?: string) => (dimension === null ? 'overall' : `${dimension}\u0000${value}`);

/** The case as the `cases` read model has it, without its personal subject (the anchor keeps no personal data). */
const caseAfter = (anchor: Doc | null | undefined, event: Parameters<Projection['evolve']>[1]): CaseFields | null => {
  const next = casesProjection.evolve(anchor ?? null, event, String(event.data.caseId)) as CaseFields | null;
  return next && { ...next, subject: null };
};

/** What the pipeline's fields give for a case whose every fact lies before asOf (see caseKpiFields). */
function contribution(c: CaseFields | null | undefined): Contribution | null {
  if (!c) return null;
  const values = { priority: c.priority, partner: c.partnerId ?? 'none', country: c.country ?? 'unknown', channel: c.channel };
  return {
    day: c.openedAt.slice(0, 10), groups: [groupKey(null), ...GROUP_DIMENSIONS.map((d) => groupKey(d, values[d]))],
    frt: c.firstRespondedAt !== null ? c.firstResponseMinutes : null, res: c.resolutionMinutes ?? null,
    open: c.status === 'open' || c.status === 'waiting' ? 1 : 0, breached: c.breached ? 1 : 0,
    settledAt: c.firstRespondedAt && c.firstRespondedAt > c.lastActivityAt ? c.firstRespondedAt : c.lastActivityAt,
  };
}

/** Takes a case's share out of (sign −1) or into (sign 1) the groups; copies what it touches unless told to change them in place. */
function apply(groups: Record<string, KpiGroup>, share: Contribution, sign: 1 | -1, inPlace: boolean): Record<string, KpiGroup> {
  const next = inPlace ? groups : { ...groups };
  for (const key of share.groups) {
    const found = next[key];
    const g = !found ? { cases: 0, backlog: 0, breached: 0, frt: {}, res: {} } : inPlace ? found : { ...found, frt: { ...found.frt }, res: { ...found.res } };
    g.cases += sign;
    g.backlog += sign * share.open;
    g.breached += sign * share.breached;
    if (share.frt !== null) addValue(g.frt, share.frt, sign);
    if (share.res !== null) addValue(g.res, share.res, sign);
    if (g.cases === 0) delete next[key];
    else next[key] = g;
  }
  return next;
}

const anchorOf = (caseId: unknown) => `case:${String(caseId)}`;

/** What one event does to one case, computed once for all the documents it touches. */
interface Step { event: unknown; anchor: unknown; next: CaseFields | null; before: Contribution | null; after: Contribution | null }

/**
 * Service KPIs per day of opening × group, kept from the case events: the anchor `case:<id>` is
 * the case as the `cases` read model folds it (without personal data); each event takes the case's
 * old share out of its day and puts the new one in (a case's priority can change, an answer or a
 * resolution arrives, a breach is withdrawn), so the counts stay exact however often it is replayed.
 * `inPlace` (the default) changes the batch's bucket copies in place; false copies every bucket an
 * event touches, as before in-place folding (kept to measure the difference, bench/service-kpis.ts).
 */
export function caseKpiDays(inPlace = true): Projection {
  let last: Step | undefined;
  const step = (event: Parameters<Projection['evolve']>[1], anchor: Doc | null | undefined): Step => {
    if (last?.event === event && last.anchor === anchor) return last;
    const next = caseAfter(anchor, event);
    last = { event, anchor, next, before: contribution(anchor as CaseFields | null), after: contribution(next) };
    return last;
  };
  return {
    name: 'case-kpi-days',
    version: 2,
    indexes: [{ fields: { day: 1 } }, { fields: { month: 1 } }],
    canHandle: (type) => type.startsWith('crm.case.'),
    anchorId: (event) => (event.type.startsWith('crm.case.') && typeof event.data.caseId === 'string' ? anchorOf(event.data.caseId) : undefined),
    evolvesInPlace: inPlace,
    documentIds(event, anchor) {
      const { before, after } = step(event, anchor);
      if (!after && !before) return [];
      const periods = [before?.day, after?.day].filter((d): d is string => !!d).flatMap((d) => [`day:${d}`, `month:${d.slice(0, 7)}`]);
      return [...new Set(periods), anchorOf(event.data.caseId)];
    },
    evolve(doc, event, id, anchor) {
      const { next, before, after } = step(event, anchor);
      if (id.startsWith('case:')) return next;
      // `day:2026-03-01` or `month:2026-03`: the same figures over a day or a whole month of openings.
      const [kind, period] = id.split(':') as ['day' | 'month', string];
      const current = (doc as CaseKpiDay | null) ?? ({ _id: id, _position: 0, [kind]: period, settledAt: '', groups: {} } as CaseKpiDay);
      const inPeriod = (share: Contribution | null): share is Contribution => !!share && share.day.slice(0, period.length) === period;
      let groups = current.groups;
      if (inPeriod(before)) groups = apply(groups, before, -1, inPlace);
      if (inPeriod(after)) groups = apply(groups, after, 1, inPlace);
      const settledAt = inPeriod(after) && after.settledAt > current.settledAt ? after.settledAt : current.settledAt;
      if (!inPlace) return { ...current, groups, settledAt };
      current.settledAt = settledAt;
      return current;
    },
  };
}

export const caseKpiDaysProjection: Projection = caseKpiDays();
