import { words } from './tokens.js';

/**
 * How much two paragraphs share, from 0 (nothing) to 1 (the same words in the
 * same order): the mean of the Dice coefficients of their word multisets and
 * of their word-pair multisets. Words alone rate two unrelated long texts
 * high (they share "the" and "said"); pairs alone punish a one-word change in
 * a short paragraph too hard; the mean tells light edits from rewrites.
 *
 * A profile holds its words as numbers from a vocabulary shared by every text
 * compared, each multiset a sorted run of numbers: an intersection is one
 * merge walk, with no hashing and no string built per word pair. The runs of
 * all the profiles of one comparison sit in a few large arrays owned by the
 * vocabulary: thousands of small typed arrays cost more to collect than to use.
 */
export interface Profile {
  /** Holds the word ids in text order from `start`, then the same ids sorted (the word multiset). */
  readonly ids: Int32Array;
  readonly start: number;
  /** Holds the keys of consecutive word pairs, sorted (the pair multiset), from `pairStart`. */
  readonly pairs: Float64Array;
  readonly pairStart: number;
  readonly wordCount: number;
  readonly pairCount: number;
}

/** Word ids start at 1 and stay below this, so a pair key never equals a word id. */
const PAIR_BASE = 2 ** 26;
const CHUNK = 1 << 16;

/** Word ids, and room for the profiles, of one comparison: profiles from different vocabularies do not compare. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private idChunk = new Int32Array(0);
  private idUsed = 0;
  private pairChunk = new Float64Array(0);
  private pairUsed = 0;

  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size + 1;
      if (id >= PAIR_BASE) throw new RangeError('vocabulary too large to compare');
      this.ids.set(word, id);
    }
    return id;
  }

  profile(text: string): Profile {
    const list = words(text);
    const n = list.length;
    const pairCount = Math.max(0, n - 1);
    if (this.idUsed + 2 * n > this.idChunk.length) {
      this.idChunk = new Int32Array(Math.max(CHUNK, 2 * n));
      this.idUsed = 0;
    }
    if (this.pairUsed + pairCount > this.pairChunk.length) {
      this.pairChunk = new Float64Array(Math.max(CHUNK, pairCount));
      this.pairUsed = 0;
    }
    const ids = this.idChunk;
    const start = this.idUsed;
    const pairs = this.pairChunk;
    const pairStart = this.pairUsed;
    for (let k = 0; k < n; k++) ids[start + k] = ids[start + n + k] = this.id(list[k]!);
    for (let k = 1; k < n; k++) pairs[pairStart + k - 1] = pairKey(ids[start + k - 1]!, ids[start + k]!);
    sortRange(ids, start + n, start + 2 * n);
    sortRange(pairs, pairStart, pairStart + pairCount);
    this.idUsed += 2 * n;
    this.pairUsed += pairCount;
    return { ids, start, pairs, pairStart, wordCount: n, pairCount };
  }
}

export function profile(text: string, vocabulary: Vocabulary): Profile {
  return vocabulary.profile(text);
}

export function pairKey(first: number, second: number): number {
  return first * PAIR_BASE + second;
}

/**
 * Keys a light edit usually leaves alone: the smallest and largest word-pair
 * keys (a one-word change replaces two pairs of dozens), or the smallest word
 * of a paragraph without pairs.
 */
export function landmarks(p: Profile): number[] {
  if (p.pairCount > 0) return [p.pairs[p.pairStart]!, p.pairs[p.pairStart + p.pairCount - 1]!];
  return p.wordCount > 0 ? [p.ids[p.start + p.wordCount]!] : [];
}

/** A profile's word ids in text order. */
export function sequenceOf(p: Profile): Int32Array {
  return p.ids.subarray(p.start, p.start + p.wordCount);
}

function sortRange(values: Int32Array | Float64Array, from: number, to: number): void {
  // Short runs: insertion sort costs less than making the view for the native sort.
  if (to - from > 12) {
    values.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const x = values[i]!;
    let j = i - 1;
    while (j >= from && values[j]! > x) {
      values[j + 1] = values[j]!;
      j--;
    }
    values[j + 1] = x;
  }
}

/** Size of the multiset intersection of two sorted runs. */
function shared(a: ArrayLike<number>, aFrom: number, aLength: number, b: ArrayLike<number>, bFrom: number, bLength: number): number {
  let i = aFrom;
  let j = bFrom;
  const aEnd = aFrom + aLength;
  const bEnd = bFrom + bLength;
  let count = 0;
  while (i < aEnd && j < bEnd) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      count++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return count;
}

function sharedWords(a: Profile, b: Profile): number {
  return shared(a.ids, a.start + a.wordCount, a.wordCount, b.ids, b.start + b.wordCount, b.wordCount);
}

function sharedPairs(a: Profile, b: Profile): number {
  return shared(a.pairs, a.pairStart, a.pairCount, b.pairs, b.pairStart, b.pairCount);
}

function dice(common: number, sizeA: number, sizeB: number): number {
  if (sizeA + sizeB === 0) return 1;
  return (2 * common) / (sizeA + sizeB);
}

export function similarity(a: Profile, b: Profile): number {
  const wordScore = dice(sharedWords(a, b), a.wordCount, b.wordCount);
  // A one-word paragraph has no pairs: its words say it all.
  if (a.pairCount === 0 || b.pairCount === 0) return wordScore;
  return (wordScore + dice(sharedPairs(a, b), a.pairCount, b.pairCount)) / 2;
}

/** The similarity of two texts on their own. */
export function textSimilarity(a: string, b: string): number {
  const vocabulary = new Vocabulary();
  return similarity(vocabulary.profile(a), vocabulary.profile(b));
}

/**
 * The share of `part` that also stands in `whole` (mean of words and word
 * pairs, as in `similarity`): how much of a split piece came from its source.
 */
export function containment(part: Profile, whole: Profile): number {
  if (part.wordCount === 0) return 0;
  const wordShare = sharedWords(part, whole) / part.wordCount;
  if (part.pairCount === 0) return wordShare;
  return (wordShare + sharedPairs(part, whole) / part.pairCount) / 2;
}

/**
 * Whether `containment(a, b)` or `containment(b, a)` reaches `share`, from one
 * count of what the two share.
 */
export function eitherContains(a: Profile, b: Profile, share: number): boolean {
  if (a.wordCount === 0 || b.wordCount === 0) return share <= 0;
  const words = sharedWords(a, b);
  const pairs = a.pairCount === 0 && b.pairCount === 0 ? 0 : sharedPairs(a, b);
  const of = (p: Profile) => (p.pairCount === 0 ? words / p.wordCount : (words / p.wordCount + pairs / p.pairCount) / 2);
  return of(a) >= share || of(b) >= share;
}

/** The profile of several paragraphs read as one. */
export function joinProfiles(parts: readonly Profile[]): Profile {
  const wordCount = parts.reduce((sum, part) => sum + part.wordCount, 0);
  const pairCount = parts.reduce((sum, part) => sum + part.pairCount, 0);
  const ids = new Int32Array(2 * wordCount);
  const pairs = new Float64Array(pairCount);
  let w = 0;
  let p = 0;
  for (const part of parts) {
    ids.set(sequenceOf(part), w);
    pairs.set(part.pairs.subarray(part.pairStart, part.pairStart + part.pairCount), p);
    w += part.wordCount;
    p += part.pairCount;
  }
  ids.copyWithin(wordCount, 0, wordCount);
  ids.subarray(wordCount).sort();
  pairs.sort();
  return { ids, start: 0, pairs, pairStart: 0, wordCount, pairCount };
}
