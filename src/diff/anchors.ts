import { diffArrays } from 'diff';

/** A paragraph of the old lead matched to one of the new: 0-based indexes. */
export type Match = readonly [oldIndex: number, newIndex: number];

/** Ranges whose product is below this are matched exactly by jsdiff (Myers). */
const SMALL_RANGE = 250_000;

/**
 * The longest chain of identical paragraphs in the same order in both leads
 * (patience diff): common ends first, then paragraphs that occur once on each
 * side as anchors, then the same between anchors. Near-linear on leads of
 * thousands of paragraphs; small ranges get jsdiff's exact LCS.
 */
export function matchIdentical(oldIds: readonly number[], newIds: readonly number[]): Match[] {
  const matches: Match[] = [];
  matchRange(oldIds, newIds, 0, oldIds.length, 0, newIds.length, matches);
  return matches.sort((a, b) => a[0] - b[0]);
}

function matchRange(
  a: readonly number[],
  b: readonly number[],
  aLo: number,
  aHi: number,
  bLo: number,
  bHi: number,
  out: Match[],
): void {
  while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) out.push([aLo++, bLo++]);
  while (aLo < aHi && bLo < bHi && a[aHi - 1] === b[bHi - 1]) out.push([--aHi, --bHi]);
  if (aLo === aHi || bLo === bHi) return;

  if ((aHi - aLo) * (bHi - bLo) <= SMALL_RANGE) {
    let i = aLo;
    let j = bLo;
    for (const change of diffArrays(a.slice(aLo, aHi), b.slice(bLo, bHi))) {
      const count = change.count ?? change.value.length;
      if (change.added) j += count;
      else if (change.removed) i += count;
      else for (let k = 0; k < count; k++) out.push([i++, j++]);
    }
    return;
  }

  const anchors = uniqueAnchors(a, b, aLo, aHi, bLo, bHi);
  if (anchors.length === 0) return;
  let prevA = aLo;
  let prevB = bLo;
  for (const [i, j] of anchors) {
    matchRange(a, b, prevA, i, prevB, j, out);
    out.push([i, j]);
    prevA = i + 1;
    prevB = j + 1;
  }
  matchRange(a, b, prevA, aHi, prevB, bHi, out);
}

/** Paragraphs that occur exactly once in each range, longest chain in order. */
function uniqueAnchors(
  a: readonly number[],
  b: readonly number[],
  aLo: number,
  aHi: number,
  bLo: number,
  bHi: number,
): Match[] {
  const counts = new Map<number, { a: number; b: number; ai: number; bi: number }>();
  for (let i = aLo; i < aHi; i++) {
    const entry = counts.get(a[i]!) ?? { a: 0, b: 0, ai: i, bi: -1 };
    entry.a++;
    counts.set(a[i]!, entry);
  }
  for (let j = bLo; j < bHi; j++) {
    const entry = counts.get(b[j]!);
    if (entry) {
      entry.b++;
      entry.bi = j;
    }
  }
  const pairs: Match[] = [];
  for (const entry of counts.values()) if (entry.a === 1 && entry.b === 1) pairs.push([entry.ai, entry.bi]);
  pairs.sort((x, y) => x[0] - y[0]);
  return longestIncreasing(pairs, (pair) => pair[1]);
}

/** The longest subsequence whose keys increase (O(n log n)); input order is kept. */
export function longestIncreasing<T>(items: readonly T[], key: (item: T) => number): T[] {
  const tails: number[] = []; // index into items of the smallest tail of each length
  const previous = new Array<number>(items.length).fill(-1);
  items.forEach((item, index) => {
    const k = key(item);
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (key(items[tails[mid]!]!) < k) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[index] = tails[lo - 1]!;
    tails[lo] = index;
  });
  const chain: T[] = [];
  for (let at = tails.at(-1) ?? -1; at >= 0; at = previous[at]!) chain.push(items[at]!);
  return chain.reverse();
}
