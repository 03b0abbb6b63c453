import { DocumentCollection } from '../../document-store.port';
import { addClosed, addOpen, ClosedSums, DealAnchor, DealEntry, dealEntry, OpportunityPeriod, Sums } from './opportunity-days.projection';

/** Which instants a figure counts: at or after `from`, before `to`, at or before `asOf`. */
export interface InstantRange { from?: string; to?: string; asOf: string }

const MIDNIGHT = 'T00:00:00.000Z';
const shiftDay = (day: string, by: number) => new Date(Date.parse(`${day}${MIDNIGHT}`) + by * 86_400_000).toISOString().slice(0, 10);
const shiftMonth = (month: string, by: number) => {
  const d = new Date(`${month}-01${MIDNIGHT}`);
  d.setUTCMonth(d.getUTCMonth() + by);
  return d.toISOString().slice(0, 7);
};
const lastDayOf = (month: string) => shiftDay(`${shiftMonth(month, 1)}-01`, -1);
const within = (range: InstantRange) => (at: string) => (!range.from || at >= range.from) && (!range.to || at < range.to) && at <= range.asOf;

/**
 * The documents that answer a range: whole months and whole days inside it, and for the days a
 * bound or asOf cuts, the deals with moves on them (their anchors), each entry with the cut days.
 */
async function read(days: DocumentCollection, range: InstantRange) {
  const { from, to, asOf } = range;
  const firstFull = from ? (from.endsWith(MIDNIGHT) ? from.slice(0, 10) : shiftDay(from.slice(0, 10), 1)) : undefined;
  const lastByAsOf = asOf >= `${asOf.slice(0, 10)}T23:59:59.999Z` ? asOf.slice(0, 10) : shiftDay(asOf.slice(0, 10), -1);
  const lastByTo = to ? shiftDay(to.slice(0, 10), -1) : lastByAsOf;
  const lastFull = lastByAsOf < lastByTo ? lastByAsOf : lastByTo;
  const partial = [from && !from.endsWith(MIDNIGHT) ? from : undefined, asOf, to && !to.endsWith(MIDNIGHT) ? to : undefined]
    .filter((at): at is string => !!at).map((at) => at.slice(0, 10))
    .filter((d, i, all) => all.indexOf(d) === i && !(d >= (firstFull ?? '') && d <= lastFull));

  const queries: Promise<unknown[]>[] = [];
  if (!firstFull || firstFull <= lastFull) {
    const monthFrom = !firstFull ? undefined : firstFull.endsWith('-01') ? firstFull.slice(0, 7) : shiftMonth(firstFull.slice(0, 7), 1);
    const monthTo = lastDayOf(lastFull.slice(0, 7)) === lastFull ? lastFull.slice(0, 7) : shiftMonth(lastFull.slice(0, 7), -1);
    const dayRange = (a: string | undefined, b: string) => (a && a > b ? undefined : { day: { ...(a ? { $gte: a } : {}), $lte: b } });
    const spans = !monthFrom || monthFrom <= monthTo
      ? [monthFrom ? dayRange(firstFull, shiftDay(`${monthFrom}-01`, -1)) : undefined, dayRange(shiftDay(lastDayOf(monthTo), 1), lastFull)]
      : [dayRange(firstFull, lastFull)];
    if (!monthFrom || monthFrom <= monthTo) queries.push(days.find({ month: { ...(monthFrom ? { $gte: monthFrom } : {}), $lte: monthTo } }));
    for (const span of spans) if (span) queries.push(days.find(span));
  }
  const [anchors, ...periods] = await Promise.all([partial.length ? days.find({ moveDays: { $in: partial } }) : Promise.resolve([]), ...queries]);
  const entries = (anchors as DealAnchor[]).map((anchor) => dealEntry(anchor)).filter((entry): entry is DealEntry => entry !== null);
  return { periods: periods.flat() as OpportunityPeriod[], entries, onCutDay: (at: string) => partial.includes(at.slice(0, 10)) };
}

/** The open pipeline at `asOf` per openKey: every move up to it, summed. */
export async function openAtFromBuckets(days: DocumentCollection, asOf: string): Promise<Map<string, Sums>> {
  const { periods, entries, onCutDay } = await read(days, { asOf });
  const sums: Record<string, Sums> = {};
  for (const period of periods) for (const [key, [n, hi, lo]] of Object.entries(period.open)) addOpen(sums, key, n, hi, lo);
  const counted = within({ asOf });
  for (const deal of entries) {
    for (const [at, key, sign] of deal.open) if (onCutDay(at) && counted(at)) addOpen(sums, key, sign, sign * deal.hi, sign * deal.lo);
  }
  return new Map(Object.entries(sums).filter(([, [n]]) => n !== 0));
}

/** Deals closed within the range, per month of closing × closedKey (`<yyyy-mm>\0<key>`). */
export async function closedFromBuckets(days: DocumentCollection, range: InstantRange): Promise<Map<string, ClosedSums>> {
  const { periods, entries, onCutDay } = await read(days, range);
  const sums: Record<string, ClosedSums> = {};
  for (const period of periods) {
    const month = String(period.day ?? period.month).slice(0, 7);
    for (const [key, [n, hi, lo, cycleMs, cycles]] of Object.entries(period.closed)) addClosed(sums, `${month}\u0000${key}`, n, hi, lo, cycleMs, cycles);
  }
  const counted = within(range);
  for (const deal of entries) {
    if (!deal.closed) continue;
    const [at, key, cycleMs] = deal.closed;
    if (onCutDay(at) && counted(at)) addClosed(sums, `${at.slice(0, 7)}\u0000${key}`, 1, deal.hi, deal.lo, cycleMs, { [cycleMs]: 1 });
  }
  return new Map(Object.entries(sums));
}
