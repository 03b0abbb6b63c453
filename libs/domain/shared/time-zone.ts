import { invalid, requireString } from './validation';

/**
 * An IANA time zone ("Asia/Tehran", "UTC", and aliases such as "Asia/Calcutta").
 * Spelling is canonicalised by Intl ("asia/tehran" → "Asia/Tehran"); links are kept as
 * given, since Node's Intl keeps them too. Fixed offsets ("+03:30") are refused:
 * they do not follow daylight-saving rules.
 */
export function parseTimeZone(input: unknown, field: string): string {
  const text = requireString(input, field).trim();
  if (text.length === 0) throw invalid(field, 'must not be empty');
  let resolved: string | undefined;
  try {
    resolved = new Intl.DateTimeFormat('en', { timeZone: text }).resolvedOptions().timeZone;
  } catch {
    resolved = undefined;
  }
  if (!resolved || /^[+-]/.test(resolved)) {
    throw invalid(field, `"${text}" is not an IANA time zone (such as "Asia/Tehran" or "Europe/Berlin")`);
  }
  return resolved;
}
