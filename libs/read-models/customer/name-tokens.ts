import { foldName, NAME_SEPARATORS } from '../../domain/shared/name-folding';

// Han, Hiragana, Katakana, Hangul: written without spaces, so words cannot be found by splitting.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss', ẞ: 'SS' };

/**
 * The spellings a German name is also typed in: Müller as Mueller, Straße as Strasse. Stored as
 * extra tokens (the plain fold, Muller, stays the first), so each typed form finds the name.
 */
export function germanSpelling(name: string): string {
  return name.normalize('NFC').replace(/[äöüÄÖÜßẞ]/g, (c) => GERMAN[c]);
}

/** The tokens of folded words: each word, and every character and bigram of CJK runs. */
function tokensOf(text: string, into: Set<string>): void {
  for (const word of text.split(NAME_SEPARATORS)) {
    if (!word) continue;
    into.add(word);
    if (!CJK.test(word)) continue;
    for (const run of word.match(CJK_RUN) ?? []) {
      const chars = [...run];
      chars.forEach((c, i) => {
        into.add(c);
        if (i + 1 < chars.length) into.add(c + chars[i + 1]);
      });
    }
  }
}

/**
 * Search tokens of a stored display name: NFKC, lower case, Latin diacritics and Arabic-script
 * variants folded (foldName, shared with identity matching), split on whitespace and punctuation;
 * CJK runs also yield every character and bigram (no spaces between their words); German
 * transliterations (ae/oe/ue, ss) are added beside the plain fold.
 */
export function nameTokens(name: string | undefined | null): string[] {
  if (!name) return [];
  const tokens = new Set<string>();
  tokensOf(foldName(name), tokens);
  const german = germanSpelling(name);
  if (german !== name.normalize('NFC')) tokensOf(foldName(german), tokens);
  return [...tokens];
}

/** What a `q` asks: whole words (every token must be among the name's) and a last word typed so far. */
export interface NameQuery {
  words: string[];
  prefix: string | null;
}

/**
 * Reads a search query the way people type it: every word but the last is whole, the last may be
 * unfinished (`Han` finds Hans) unless the query ends with a separator. CJK words are matched by
 * their characters and bigrams, whole. Query words are folded like stored names, with ß as ss.
 */
export function nameQuery(q: string | undefined): NameQuery {
  if (!q) return { words: [], prefix: null };
  const folded = foldName(q.replace(/[ßẞ]/g, 'ss'));
  const words = folded.split(NAME_SEPARATORS).filter(Boolean);
  const last = words[words.length - 1];
  const open = last !== undefined && !CJK.test(last) && !/[\s\p{P}\p{S}]$/u.test(folded);
  const whole = new Set<string>();
  tokensOf((open ? words.slice(0, -1) : words).join(' '), whole);
  return { words: [...whole], prefix: open ? last : null };
}

/** The least string greater than every string starting with `prefix` (the upper bound of a prefix range). */
export function prefixEnd(prefix: string): string {
  const points = [...prefix];
  const last = points.pop()!;
  return points.join('') + String.fromCodePoint(last.codePointAt(0)! + 1);
}
