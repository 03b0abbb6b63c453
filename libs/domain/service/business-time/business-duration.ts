import { invalid, requireString } from '../../shared/validation';

const DURATION = /^PT(?=\d)(?:(\d{1,5})H)?(?:(\d{1,6})M)?(?:(\d{1,7})S)?$/;
const MAX_MS = 10_000 * 3_600_000;

/**
 * An ISO 8601 duration of business time, in hours, minutes and seconds ("PT1H", "PT90M", "PT4H30M").
 * Days, weeks and months are refused: a business day is as long as the calendar says, so targets
 * are written in working hours.
 */
export function parseBusinessDuration(input: unknown, field: string): number {
  const text = requireString(input, field).trim().toUpperCase();
  const match = DURATION.exec(text);
  if (!match) {
    const hint = /^P\d/.test(text) ? ' (days, weeks and months are not business time: write hours, e.g. PT8H)' : '';
    throw invalid(field, `"${text}" is not a duration such as PT1H or PT4H30M${hint}`);
  }
  const [hours, minutes, seconds] = match.slice(1, 4).map((part) => Number(part ?? 0));
  const ms = ((hours * 60 + minutes) * 60 + seconds) * 1000;
  if (ms <= 0 || ms > MAX_MS) throw invalid(field, 'must be more than zero and at most 10 000 hours');
  return ms;
}
