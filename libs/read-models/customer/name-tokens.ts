import { foldName, NAME_SEPARATORS } from '../../domain/shared/name-folding';

// Han, Hiragana, Katakana, Hangul: written without spaces, so words cannot be found by splitting.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

/**
 * Search tokens of a display name, used for both the stored name and the `q` query so they
 * always agree: NFKC, lower case, split on whitespace and punctuation; CJK runs also yield
 * every character and every bigram, since they have no spaces between words.
 */
export function nameTokens(name: string | undefined | null): string[] {
  if (!name) return [];
  const text = foldName(name);
  const tokens = new Set<string>();
  for (const word of text.split(NAME_SEPARATORS)) {
    if (!word) continue;
    tokens.add(word);
    if (!CJK.test(word)) continue;
    for (const run of word.match(CJK_RUN) ?? []) {
      const chars = [...run];
      chars.forEach((c, i) => {
        tokens.add(c);
        if (i + 1 < chars.length) tokens.add(c + chars[i + 1]);
      });
    }
  }
  return [...tokens];
}
