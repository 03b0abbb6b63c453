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
 * The one folding of names shared by search tokens and identity matching, so that two names
 * a search treats as equal also match as duplicates: NFKC, lower case, Latin diacritics and
 * Arabic-script letter variants folded.
 */
export function foldName(name: string): string {
  return foldLatin(foldArabicScript(name.normalize('NFKC').toLowerCase()));
}

/** Whitespace, punctuation and symbols separate words in every script that uses them. */
export const NAME_SEPARATORS = /[\s\p{P}\p{S}]+/u;

/** The folded words of a name, in order. */
export function nameWords(name: string | null | undefined): string[] {
  return name ? foldName(name).split(NAME_SEPARATORS).filter(Boolean) : [];
}
