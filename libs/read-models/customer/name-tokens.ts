// Han, Hiragana, Katakana, Hangul: written without spaces, so words cannot be found by splitting.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
const SEPARATORS = /[\s\p{P}\p{S}]+/u;

/** Persian and Arabic spellings of the same letters, harakat, tatweel and ZWNJ fold together. */
function foldArabicScript(text: string): string {
  return text
    .replace(/[\u064A\u0649]/g, '\u06CC') // Arabic yeh, alef maksura → Persian yeh
    .replace(/\u0643/g, '\u06A9') // Arabic kaf → keheh
    .replace(/[\u0623\u0625\u0622]/g, '\u0627') // hamza/madda alef forms → alef
    .replace(/\u0629/g, '\u0647') // teh marbuta → heh
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '') // harakat, superscript alef, tatweel
    .replace(/\u200C/g, ''); // ZWNJ joins parts of one Persian word
}

/** Latin diacritics fold (José → jose); other scripts keep their marks, which carry meaning there. */
const foldLatin = (text: string): string => text.normalize('NFD').replace(/(\p{Script=Latin})\p{Mn}+/gu, '$1').normalize('NFC');

/**
 * Search tokens of a display name, used for both the stored name and the `q` query so they
 * always agree: NFKC, lower case, split on whitespace and punctuation; CJK runs also yield
 * every character and every bigram, since they have no spaces between words.
 */
export function nameTokens(name: string | undefined | null): string[] {
  if (!name) return [];
  const text = foldLatin(foldArabicScript(name.normalize('NFKC').toLowerCase()));
  const tokens = new Set<string>();
  for (const word of text.split(SEPARATORS)) {
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
