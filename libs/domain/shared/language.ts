import { invalid, requireString } from './validation';

/** A BCP 47 language tag in its canonical form ("fa-ir" → "fa-IR", "iw" → "he"). */
export function parseLanguage(input: unknown, field: string): string {
  const text = requireString(input, field).trim();
  if (text.length === 0) throw invalid(field, 'must not be empty');
  try {
    const [canonical] = Intl.getCanonicalLocales(text);
    if (canonical) return canonical;
  } catch {
    // RangeError: not a well-formed tag; answered below.
  }
  throw invalid(field, `"${text}" is not a BCP 47 language tag (such as "en", "fa-IR" or "zh-Hant")`);
}
