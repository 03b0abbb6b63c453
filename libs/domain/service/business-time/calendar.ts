import { parseTimeZone } from '../../shared/time-zone';
import { invalid, validateAll, validateList } from '../../shared/validation';

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
/** Local wall-clock windows `[from, to)` per weekday, "HH:MM", `to` may be "24:00". */
export type WorkingHours = Partial<Record<Weekday, [string, string][]>>;

/** When a team works: an IANA zone, weekly windows in local time, and dated holidays (local dates). */
export type BusinessCalendar = {
  timeZone: string;
  workingHours: WorkingHours;
  /** "YYYY-MM-DD", sorted, unique. */
  holidays: string[];
};

const HH_MM = /^([01]\d|2[0-4]):([0-5]\d)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Minutes after local midnight of "HH:MM" ("24:00" = 1440). */
export const minuteOfDay = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function parseWindow(input: unknown, field: string): [string, string] {
  if (!Array.isArray(input) || input.length !== 2) throw invalid(field, 'must be a window ["HH:MM", "HH:MM"]');
  const [from, to] = input;
  if (typeof from !== 'string' || typeof to !== 'string' || !HH_MM.test(from) || !HH_MM.test(to) || minuteOfDay(from) > 1440 || minuteOfDay(to) > 1440) {
    throw invalid(field, 'times must be "HH:MM" from 00:00 to 24:00');
  }
  if (minuteOfDay(from) >= minuteOfDay(to)) throw invalid(field, `"${from}" must come before "${to}" (a window ends on its own day; use "24:00" for midnight)`);
  return [from, to];
}

function parseDay(input: unknown, field: string): [string, string][] {
  const windows = validateList(input, field, parseWindow).sort((a, b) => minuteOfDay(a[0]) - minuteOfDay(b[0]));
  for (let i = 1; i < windows.length; i++) {
    if (minuteOfDay(windows[i][0]) < minuteOfDay(windows[i - 1][1])) throw invalid(field, 'windows must not overlap');
  }
  return windows;
}

export function parseWorkingHours(input: unknown, field: string): WorkingHours {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw invalid(field, 'must be an object of weekday → windows, e.g. { "mon": [["09:00", "17:00"]] }');
  }
  const unknown = Object.keys(input).filter((day) => !(WEEKDAYS as readonly string[]).includes(day));
  if (unknown.length) throw invalid(field, `unknown weekday ${unknown.join(', ')}: use ${WEEKDAYS.join(', ')}`);
  const raw = input as Record<string, unknown>;
  const checks = Object.fromEntries(Object.keys(raw).map((day) => [day, () => parseDay(raw[day], `${field}.${day}`)]));
  const days = validateAll(checks) as Record<string, [string, string][]>;
  const hours: WorkingHours = {};
  for (const day of WEEKDAYS) if (days[day]?.length) hours[day] = days[day];
  if (Object.keys(hours).length === 0) throw invalid(field, 'needs at least one working window in the week');
  return hours;
}

export function parseHoliday(input: unknown, field: string): string {
  const match = typeof input === 'string' ? DATE.exec(input.trim()) : null;
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.toISOString().slice(0, 10) !== input) throw invalid(field, 'must be a date "YYYY-MM-DD" that exists');
  return input as string;
}

export function parseCalendar(input: { timeZone?: unknown; workingHours?: unknown; holidays?: unknown }): BusinessCalendar {
  const calendar = validateAll({
    timeZone: () => parseTimeZone(input.timeZone, 'timeZone'),
    workingHours: () => parseWorkingHours(input.workingHours, 'workingHours'),
    holidays: () => [...new Set(validateList(input.holidays, 'holidays', parseHoliday))].sort(),
  });
  return calendar;
}
