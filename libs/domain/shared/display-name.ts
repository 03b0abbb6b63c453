import { parseFreeText } from './free-text';

export const DISPLAY_NAME_MAX_LENGTH = 300;

/**
 * A person's or organisation's display name: trimmed, NFC-normalised, single line,
 * 1–300 characters. Any script and emoji pass unchanged apart from NFC.
 */
export function parseDisplayName(input: unknown, field: string): string {
  return parseFreeText(input, field, { maxLength: DISPLAY_NAME_MAX_LENGTH });
}
