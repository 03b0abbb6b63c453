import { LIFECYCLE_STAGES } from '../../../domain/sales/lifecycle';
import { Doc } from '../../document-store.port';
import { Projection } from '../../projection';
import { leadsProjection } from '../leads.projection';
import { LeadDoc } from '../sales-documents';
import { FUNNEL_GROUPS, FunnelGroup } from './lead-funnel';

/**
 * What a group of leads captured on one day adds to any funnel: the cohort, the disqualified, how
 * many reached each stage, and for each pair of stages a < b (lifecycle order) how many reached
 * both and the sum of (reached b − reached a) in ms — a funnel's steps, in whatever order it asks
 * them, read their counts and signed gap sums from these.
 */
export interface FunnelCounts { cohort: number; disqualified: number; reached: Record<string, number>; pairs: Record<string, [number, number]> }

/** `day:<date>`: leads by day of capture, per group (`overall`, `source\0"web"`, …); `settledAt` bounds the last instant any of them changed. */
export interface LeadFunnelDay extends Doc { day: string; settledAt: string; groups: Record<string, FunnelCounts> }
/** `month:<yyyy-mm>`: the same over a month of captures. */
export interface LeadFunnelMonth extends Doc { month: string; settledAt: string; groups: Record<string, FunnelCounts> }

const DIMENSIONS = Object.keys(FUNNEL_GROUPS) as FunnelGroup[];
const FIELD: Record<FunnelGroup, keyof LeadDoc> = { source: 'source', campaign: 'campaignId', country: 'country', partner: 'partnerId' };
export const funnelGroupKey = (by: FunnelGroup | undefined, value?: unknown) => (by === undefined ? 'overall' : `${by}\u0000${JSON.stringify(value ?? null)}`);
export const pairKey = (a: string, b: string) => `${a}>${b}`;

interface Share { day: string; groups: string[]; counts: FunnelCounts; settledAt: string }

function shareOf(lead: LeadDoc | null | undefined): Share | null {
  if (!lead?.capturedAt) return null;
  const ms = lead.reachedMs as Record<string, number | null>;
  const reached: Record<string, number> = {};
  const pairs: Record<string, [number, number]> = {};
  LIFECYCLE_STAGES.forEach((a, i) => {
    if (ms[a] === null || ms[a] === undefined) return;
    reached[a] = 1;
    for (const b of LIFECYCLE_STAGES.slice(i + 1)) if (ms[b] !== null && ms[b] !== undefined) pairs[pairKey(a, b)] = [1, ms[b]! - ms[a]!];
  });
  const instants = [lead.capturedAt, lead.disqualifiedAt, ...Object.values(lead.reached)].filter((at): at is string => typeof at === 'string');
  return {
    day: lead.capturedAt.slice(0, 10), groups: [funnelGroupKey(undefined), ...DIMENSIONS.map((by) => funnelGroupKey(by, lead[FIELD[by]]))],
    counts: { cohort: 1, disqualified: lead.disqualifiedAt ? 1 : 0, reached, pairs }, settledAt: instants.sort().pop()!,
  };
}

/** Takes a lead's share out of (sign −1) or into (sign 1) the groups; copies what it touches unless told to change them in place. */
function apply(groups: Record<string, FunnelCounts>, share: Share, sign: 1 | -1, inPlace: boolean): Record<string, FunnelCounts> {
  const next = inPlace ? groups : { ...groups };
  for (const key of share.groups) {
    const g = next[key] ?? { cohort: 0, disqualified: 0, reached: {}, pairs: {} };
    const reached = inPlace ? g.reached : { ...g.reached };
    const pairs = inPlace ? g.pairs : { ...g.pairs };
    for (const [stage, n] of Object.entries(share.counts.reached)) reached[stage] = (reached[stage] ?? 0) + sign * n;
    for (const [pair, [n, gap]] of Object.entries(share.counts.pairs)) {
      const [count, sum] = pairs[pair] ?? [0, 0];
      if (count + sign * n === 0) delete pairs[pair];
      else pairs[pair] = [count + sign * n, sum + sign * gap];
    }
    const cohort = g.cohort + sign;
    if (cohort === 0) delete next[key];
    else next[key] = { cohort, disqualified: g.disqualified + sign * share.counts.disqualified, reached, pairs };
  }
  return next;
}

/** The lead as `sales-leads` folds it, without its personal fields (the anchor keeps none). */
function leadAfter(anchor: Doc | null | undefined, event: Parameters<Projection['evolve']>[1]): LeadDoc | null {
  const next = leadsProjection.evolve(anchor ?? null, event, String(event.data.leadId)) as LeadDoc | null;
  return next && { ...next, name: null, email: null, phone: null, company: null };
}

const anchorOf = (leadId: unknown) => `lead:${String(leadId)}`;

/** What one event does to one lead, computed once for all the documents it touches. */
interface Step { event: unknown; anchor: unknown; next: LeadDoc | null; before: Share | null; after: Share | null }

/**
 * Lead funnel counts per day of capture × source/campaign/country/partner, anchored on each lead
 * (see docs/sales.md). `inPlace` (the default) changes the batch's bucket documents in place; false
 * copies each bucket an event touches, as before in-place folding (kept to measure the difference).
 */
export function leadFunnelDays(inPlace = true): Projection {
  let last: Step | undefined;
  const step = (event: Parameters<Projection['evolve']>[1], anchor: Doc | null | undefined): Step => {
    if (last?.event === event && last.anchor === anchor) return last;
    const next = leadAfter(anchor, event);
    last = { event, anchor, next, before: shareOf(anchor as LeadDoc | null), after: shareOf(next) };
    return last;
  };
  return {
    name: 'sales-lead-funnel-days',
    version: 2,
    indexes: [{ fields: { day: 1 } }, { fields: { month: 1 } }],
    canHandle: (type) => leadsProjection.canHandle!(type),
    anchorId: (event) => (leadsProjection.documentIds(event).length ? anchorOf(event.data.leadId) : undefined),
    evolvesInPlace: inPlace,
    documentIds(event, anchor) {
      const { before, after } = step(event, anchor);
      const periods = [before?.day, after?.day].filter((d): d is string => !!d).flatMap((d) => [`day:${d}`, `month:${d.slice(0, 7)}`]);
      return [...new Set(periods), anchorOf(event.data.leadId)];
    },
    evolve(doc, event, id, anchor) {
      const { next, before, after } = step(event, anchor);
      if (id.startsWith('lead:')) return next;
      // `day:2024-03-01` or `month:2024-03`: the same counts over a day or a whole month of captures.
      const [kind, period] = id.split(':') as ['day' | 'month', string];
      const current = (doc as LeadFunnelDay | null) ?? ({ _id: id, _position: 0, [kind]: period, settledAt: '', groups: {} } as LeadFunnelDay);
      const inPeriod = (share: Share | null): share is Share => !!share && share.day.slice(0, period.length) === period;
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

export const leadFunnelDaysProjection: Projection = leadFunnelDays();
