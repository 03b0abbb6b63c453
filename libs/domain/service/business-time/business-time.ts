import { BusinessCalendar, minuteOfDay, WEEKDAYS } from './calendar';
import { DAY_MS, instantAtWall, startOfDay, wallClock } from './zoned-time';

type Interval = [start: number, end: number];

const MINUTE_MS = 60_000;
/** A calendar with one working minute a year would still end; ten years without one is a bad calendar. */
const MAX_DAYS = 3660;
const CACHE_LIMIT = 50_000;
const cache = new Map<string, Interval[]>();

/**
 * The UTC intervals of one local day's working windows. A window's ends are read as wall-clock
 * times, so a working day that skips an hour (clocks forward) is an hour shorter and one that
 * repeats an hour (clocks back) an hour longer, exactly as the people working it live it.
 */
function workingIntervals(calendar: BusinessCalendar, key: string, day: number): Interval[] {
  const cacheKey = `${key}|${day}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const date = new Date(day).toISOString().slice(0, 10);
  const windows = calendar.holidays.includes(date) ? [] : (calendar.workingHours[WEEKDAYS[new Date(day).getUTCDay()]] ?? []);
  const intervals = windows
    .map(([from, to]): Interval => [
      instantAtWall(day + minuteOfDay(from) * MINUTE_MS, calendar.timeZone),
      instantAtWall(day + minuteOfDay(to) * MINUTE_MS, calendar.timeZone),
    ])
    .filter(([start, end]) => end > start);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(cacheKey, intervals);
  return intervals;
}

const calendarKey = (calendar: BusinessCalendar): string => JSON.stringify(calendar);

/** Working intervals day by day from the local day of `from` on. */
function* intervalsFrom(calendar: BusinessCalendar, from: number): Generator<Interval> {
  const key = calendarKey(calendar);
  const first = startOfDay(wallClock(from, calendar.timeZone));
  for (let i = 0; i < MAX_DAYS; i++) yield* workingIntervals(calendar, key, first + i * DAY_MS);
  throw new Error(`calendar in ${calendar.timeZone} has no working time in ${MAX_DAYS} days`);
}

/**
 * The instant at which `durationMs` of business time has passed since `start`. Time outside the
 * working windows and on holidays does not count; a zero duration is `start` itself.
 */
export function addBusinessTime(start: number, durationMs: number, calendar: BusinessCalendar): number {
  if (durationMs <= 0) return start;
  let remaining = durationMs;
  for (const [open, close] of intervalsFrom(calendar, start)) {
    if (close <= start) continue;
    const from = Math.max(open, start);
    if (remaining <= close - from) return from + remaining;
    remaining -= close - from;
  }
  throw new Error('unreachable');
}

/** Business time between two instants; negative when `to` is before `from`. */
export function businessTimeBetween(from: number, to: number, calendar: BusinessCalendar): number {
  if (to < from) return -businessTimeBetween(to, from, calendar);
  let total = 0;
  for (const [open, close] of intervalsFrom(calendar, from)) {
    if (open >= to) break;
    if (close > from) total += Math.min(close, to) - Math.max(open, from);
  }
  return total;
}

/** `addBusinessTime` on ISO instants and whole minutes. */
export function addBusinessMinutes(startIso: string, minutes: number, calendar: BusinessCalendar): string {
  return new Date(addBusinessTime(Date.parse(startIso), minutes * MINUTE_MS, calendar)).toISOString();
}

/** `businessTimeBetween` on ISO instants, in minutes (fractions kept). */
export function businessMinutesBetween(fromIso: string, toIso: string, calendar: BusinessCalendar): number {
  return businessTimeBetween(Date.parse(fromIso), Date.parse(toIso), calendar) / MINUTE_MS;
}
