import { distance } from 'fastest-levenshtein';
import { foldName, nameWords } from '../shared/name-folding';

/** Similarity of two folded strings: 1 − edit distance / longer length (fastest-levenshtein). */
export function stringSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}

/**
 * How alike two names are, 0–1, whatever their script: both are folded like search tokens
 * (NFKC, case, Latin diacritics, Arabic/Persian letter forms), then compared
 * - word by word, each word paired with its most similar unpaired word of the other name, so word
 *   order does not matter ("Ahmadi Sara" ~ "Sara Ahmadi") and a missing middle name costs little;
 * - and as whole strings without separators, so "Van der Berg" ~ "Vanderberg" and CJK names
 *   (written without spaces) are compared character by character.
 */
export function nameSimilarity(a: string | null | undefined, b: string | null | undefined): number {
  const left = nameWords(a);
  const right = nameWords(b);
  if (left.length === 0 || right.length === 0) return 0;
  const joined = stringSimilarity(left.join(''), right.join(''));
  const sortedJoined = stringSimilarity([...left].sort().join(''), [...right].sort().join(''));
  return round(Math.max(joined, sortedJoined, wordSimilarity(left, right)));
}

function wordSimilarity(left: string[], right: string[]): number {
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  const unpaired = [...longer];
  let matched = 0;
  for (const word of shorter) {
    let best = 0;
    let bestAt = -1;
    unpaired.forEach((other, i) => {
      const similarity = stringSimilarity(word, other);
      if (similarity > best) [best, bestAt] = [similarity, i];
    });
    if (bestAt >= 0) unpaired.splice(bestAt, 1);
    matched += best * word.length;
  }
  const length = (words: string[]) => words.reduce((sum, w) => sum + w.length, 0);
  // Dice over characters: extra words in one name lower the score…
  const dice = (2 * matched) / (length(shorter) + length(longer));
  // …but a name that is the other minus a middle name is still very likely the same person.
  const containment = shorter.length >= 2 ? (0.9 * matched) / length(shorter) : 0;
  return Math.max(dice, containment);
}

/** Folded text of free-form fields (addresses, cities) for comparison. */
export const foldText = (text: string | undefined | null): string => (text ? foldName(text).replace(/[\s\p{P}]+/gu, ' ').trim() : '');

export const round = (value: number): number => Math.round(value * 1000) / 1000;
