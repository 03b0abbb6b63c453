import { invalid, requireString } from './validation';

export interface FreeTextOptions {
  maxLength: number;
  /** Allow line breaks and tabs (summaries, notes); single-line fields refuse them. */
  multiline?: boolean;
}

// Control characters are refused; format characters (ZWJ, ZWNJ) stay, as emoji and Persian need them.
const CONTROL = /\p{Cc}/u;
const CONTROL_EXCEPT_LINES = /[^\P{Cc}\n\r\t]/u;

/**
 * Trims and NFC-normalises human text; length is counted in code points, so an emoji
 * or a CJK character counts as one.
 */
export function parseFreeText(input: unknown, field: string, options: FreeTextOptions): string {
  const text = requireString(input, field).trim().normalize('NFC');
  if (text.length === 0) throw invalid(field, 'must not be empty');
  if ([...text].length > options.maxLength) {
    throw invalid(field, `must be at most ${options.maxLength} characters`);
  }
  const forbidden = options.multiline ? CONTROL_EXCEPT_LINES : CONTROL;
  if (forbidden.test(text)) {
    const allowed = options.multiline ? ' other than line breaks and tabs' : '';
    throw invalid(field, `must not contain control characters${allowed}`);
  }
  return text;
}

export function parseOptionalFreeText(input: unknown, field: string, options: FreeTextOptions): string | undefined {
  return input === undefined || input === null ? undefined : parseFreeText(input, field, options);
}
