import { invalid, requireString } from '../../shared/validation';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date without time or zone ("2026-06-30"), refusing dates that do not exist. */
export function parseCalendarDate(input: unknown, field: string): string {
  const text = requireString(input, field).trim();
  const match = DATE.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== text) throw invalid(field, `"${text}" is not a date such as 2026-06-30`);
  return text;
}
