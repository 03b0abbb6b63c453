const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/**
 * The wall-clock reading of `instant` in `timeZone`, as milliseconds of a UTC date with the same
 * reading ("local as if UTC"), which makes local calendar arithmetic plain integer arithmetic.
 */
export function wallClock(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second);
  return wall + (((instant % 1000) + 1000) % 1000);
}

/** UTC offset in effect at `instant` (ms, east positive). */
export const offsetAt = (instant: number, timeZone: string): number => wallClock(instant, timeZone) - instant;

/**
 * The earliest instant whose wall-clock reading is at or after `wall`. A reading that happens twice
 * (clocks set back) gives its first occurrence; one skipped (clocks set forward) gives the moment
 * the clocks jumped, the first instant that reads later than it.
 */
export function instantAtWall(wall: number, timeZone: string): number {
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const exact = [wall - before, wall - after].filter((t) => wallClock(t, timeZone) === wall).sort((a, b) => a - b);
  if (exact.length) return exact[0];
  // A skipped reading: binary search for the jump between the two candidates.
  let [lo, hi] = [Math.min(wall - before, wall - after), Math.max(wall - before, wall - after)];
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wallClock(mid, timeZone) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Local midnight of the day `wall` falls on, as a "local as if UTC" day number in ms. */
export const startOfDay = (wall: number): number => Math.floor(wall / DAY_MS) * DAY_MS;
export { DAY_MS };
