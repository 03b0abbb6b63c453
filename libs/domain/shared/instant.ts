import { invalid, requireString } from './validation';

// RFC 3339 profile of ISO 8601: date, time, optional fraction and a mandatory offset.
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

/**
 * An ISO 8601 instant that carries its offset ("2026-03-03T10:00:00+03:30" or "…Z"),
 * returned as a UTC string with milliseconds ("2026-03-03T06:30:00.000Z"). A date
 * without offset is ambiguous and refused, as are impossible dates (30 February).
 */
export function parseInstant(input: unknown, field: string): string {
  const text = requireString(input, field).trim();
  const match = INSTANT.exec(text);
  if (!match) {
    throw invalid(field, `"${text}" is not an ISO 8601 instant with offset, such as 2026-03-03T10:00:00+03:30 or 2026-03-03T06:30:00Z`);
  }
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const millis = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  const [sign, offsetHours, offsetMinutes] = [match[9], Number(match[10] ?? 0), Number(match[11] ?? 0)];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) {
    throw invalid(field, `"${text}" is not a date and time that exists`);
  }
  if (offsetHours > 23 || offsetMinutes > 59) throw invalid(field, `"${text}" has an impossible offset`);
  const offset = (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  const utc = new Date(0);
  // setUTCFullYear keeps years 0–99 literal, where Date.UTC would map them to 1900–1999.
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute, second, millis);
  return new Date(utc.getTime() - offset).toISOString();
}

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Business time a client claims for something that has happened: refused (422) when it lies more
 * than `maxFutureSkewMs` ahead of `nowMs`, since a fact from the future would move every "latest"
 * (last contact, consent in force, SLA clocks) past the present.
 */
export function parsePastInstant(input: unknown, field: string, nowMs: number, maxFutureSkewMs: number): string {
  const instant = parseInstant(input, field);
  if (Date.parse(instant) > nowMs + maxFutureSkewMs) {
    throw invalid(field, `${instant} is in the future: business time may be at most ${Math.round(maxFutureSkewMs / 1000)} s ahead of the server clock (${new Date(nowMs).toISOString()})`);
  }
  return instant;
}
