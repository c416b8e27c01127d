import { words } from './tokens.js';

/**
 * How much two paragraphs share, from 0 (nothing) to 1 (the same words in the
 * same order): the mean of the Dice coefficients of their word multisets and
 * of their word-pair multisets. Words alone rate two unrelated long texts
 * high (they share "the" and "said"); pairs alone punish a one-word change in
 * a short paragraph too hard; the mean tells light edits from rewrites.
 */
export interface Profile {
  readonly words: ReadonlyMap<string, number>;
  readonly pairs: ReadonlyMap<string, number>;
  readonly wordCount: number;
  readonly pairCount: number;
}

export function profile(text: string): Profile {
  const list = words(text);
  const wordBag = new Map<string, number>();
  const pairBag = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    bump(wordBag, list[i]!);
    if (i > 0) bump(pairBag, `${list[i - 1]} ${list[i]}`);
  }
  return { words: wordBag, pairs: pairBag, wordCount: list.length, pairCount: Math.max(0, list.length - 1) };
}

function bump(bag: Map<string, number>, key: string): void {
  bag.set(key, (bag.get(key) ?? 0) + 1);
}

/** Size of the multiset intersection. */
function shared(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let count = 0;
  for (const [key, n] of small) count += Math.min(n, large.get(key) ?? 0);
  return count;
}

function dice(common: number, sizeA: number, sizeB: number): number {
  if (sizeA + sizeB === 0) return 1;
  return (2 * common) / (sizeA + sizeB);
}

export function similarity(a: Profile, b: Profile): number {
  const wordScore = dice(shared(a.words, b.words), a.wordCount, b.wordCount);
  // A one-word paragraph has no pairs: its words say it all.
  if (a.pairCount === 0 || b.pairCount === 0) return wordScore;
  return (wordScore + dice(shared(a.pairs, b.pairs), a.pairCount, b.pairCount)) / 2;
}

/**
 * The share of `part` that also stands in `whole` (mean of words and word
 * pairs, as in `similarity`): how much of a split piece came from its source.
 */
export function containment(part: Profile, whole: Profile): number {
  if (part.wordCount === 0) return 0;
  const wordShare = shared(part.words, whole.words) / part.wordCount;
  if (part.pairCount === 0) return wordShare;
  return (wordShare + shared(part.pairs, whole.pairs) / part.pairCount) / 2;
}

/** The profile of several paragraphs read as one. */
export function joinProfiles(parts: readonly Profile[]): Profile {
  const wordBag = new Map<string, number>();
  const pairBag = new Map<string, number>();
  for (const part of parts) {
    for (const [key, n] of part.words) wordBag.set(key, (wordBag.get(key) ?? 0) + n);
    for (const [key, n] of part.pairs) pairBag.set(key, (pairBag.get(key) ?? 0) + n);
  }
  const wordCount = parts.reduce((sum, part) => sum + part.wordCount, 0);
  const pairCount = parts.reduce((sum, part) => sum + part.pairCount, 0);
  return { words: wordBag, pairs: pairBag, wordCount, pairCount };
}
