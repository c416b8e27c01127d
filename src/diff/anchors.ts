import { diffArrays } from 'diff';

/** A paragraph (or token) of the old text matched to one of the new: 0-based indexes. */
export type Match = readonly [oldIndex: number, newIndex: number];

/** Ranges whose product is below this are matched exactly by jsdiff (Myers). */
const SMALL_RANGE = 250_000;

export interface MatchOptions {
  /**
   * How many items in a row make an anchor. With 1 (paragraphs), an item
   * that occurs once on each side is an anchor; with more (word tokens, which
   * repeat far too often to be unique one by one), a run of that many items
   * that occurs once on each side is.
   */
  readonly run?: number;
  /**
   * A large range with no anchor is left unmatched, unless this is set: then
   * jsdiff tries it with at most as many edits as keep its cost (edits times
   * the range's length) under this many steps. Repetitive text ("the the
   * the ...") has no unique runs but still takes few edits.
   */
  readonly unanchoredSteps?: number;
}

/** Runs of matched items, in order: each `length` items from `old` in the old sequence and `new` in the new. */
export interface MatchRuns {
  readonly old: number[];
  readonly new: number[];
  readonly length: number[];
}

/**
 * The longest chain of identical items in the same order in both sequences
 * (patience diff): common ends first, then items (or runs of items) that
 * occur once on each side as anchors, then the same between anchors. Near
 * linear on thousands of paragraphs or hundreds of thousands of tokens, in
 * memory linear in the input; small ranges get jsdiff's exact LCS. A large
 * range with no anchor stays unmatched.
 */
export function matchIdentical(oldIds: ArrayLike<number>, newIds: ArrayLike<number>, options: MatchOptions = {}): Match[] {
  const runs = matchRuns(oldIds, newIds, options);
  const matches: Match[] = [];
  runs.old.forEach((start, r) => {
    for (let k = 0; k < runs.length[r]!; k++) matches.push([start + k, runs.new[r]! + k]);
  });
  return matches;
}

/** The matches of `matchIdentical` as runs, neighbours joined: the compact form for long token lists. */
export function matchRuns(oldIds: ArrayLike<number>, newIds: ArrayLike<number>, options: MatchOptions = {}): MatchRuns {
  const found: MatchRuns = { old: [], new: [], length: [] };
  // A work list rather than recursion: anchors can nest as deep as the input is long.
  const ranges: [number, number, number, number][] = [[0, oldIds.length, 0, newIds.length]];
  for (let range = ranges.pop(); range; range = ranges.pop()) {
    matchRange(oldIds, newIds, range, options, found, ranges);
  }
  const order = found.old.map((_, r) => r).sort((x, y) => found.old[x]! - found.old[y]!);
  const out: MatchRuns = { old: [], new: [], length: [] };
  for (const r of order) {
    const last = out.old.length - 1;
    if (last >= 0 && out.old[last]! + out.length[last]! === found.old[r] && out.new[last]! + out.length[last]! === found.new[r]) {
      out.length[last]! += found.length[r]!;
    } else {
      out.old.push(found.old[r]!);
      out.new.push(found.new[r]!);
      out.length.push(found.length[r]!);
    }
  }
  return out;
}

function matchRange(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  [aStart, aEnd, bStart, bEnd]: readonly [number, number, number, number],
  options: MatchOptions,
  out: MatchRuns,
  ranges: [number, number, number, number][],
): void {
  const push = (i: number, j: number, length: number) => {
    if (length === 0) return;
    out.old.push(i);
    out.new.push(j);
    out.length.push(length);
  };
  let aLo = aStart;
  let aHi = aEnd;
  let bLo = bStart;
  let bHi = bEnd;
  while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) {
    aLo++;
    bLo++;
  }
  push(aStart, bStart, aLo - aStart);
  while (aLo < aHi && bLo < bHi && a[aHi - 1] === b[bHi - 1]) {
    aHi--;
    bHi--;
  }
  push(aHi, bHi, aEnd - aHi);
  if (aLo === aHi || bLo === bHi) return;

  const diffRange = (maxEditLength?: number) => {
    const [x, y] = [slice(a, aLo, aHi), slice(b, bLo, bHi)];
    const changes = maxEditLength === undefined ? diffArrays(x, y) : diffArrays(x, y, { maxEditLength });
    let i = aLo;
    let j = bLo;
    for (const change of changes ?? []) {
      const count = change.count ?? change.value.length;
      if (change.added) j += count;
      else if (change.removed) i += count;
      else {
        push(i, j, count);
        i += count;
        j += count;
      }
    }
  };
  if ((aHi - aLo) * (bHi - bLo) <= SMALL_RANGE) {
    diffRange();
    return;
  }

  const run = options.run ?? 1;
  let prevA = aLo;
  let prevB = bLo;
  const anchors = uniqueAnchors(a, b, aLo, aHi, bLo, bHi, run);
  for (let k = 0; k < anchors.old.length; k++) {
    const i = anchors.old[k]!;
    const j = anchors.new[k]!;
    // Runs overlap along a diagonal; one that starts inside the last is covered by it.
    if (i < prevA || j < prevB || !sameRun(a, b, i, j, run)) continue;
    ranges.push([prevA, i, prevB, j]);
    push(i, j, run);
    prevA = i + run;
    prevB = j + run;
  }
  if (prevA === aLo && prevB === bLo) {
    const maxEdits = Math.floor((options.unanchoredSteps ?? 0) / (aHi - aLo + bHi - bLo));
    if (maxEdits > 0) diffRange(maxEdits);
    return;
  }
  ranges.push([prevA, aHi, prevB, bHi]);
}

function slice(values: ArrayLike<number>, from: number, to: number): number[] {
  return Array.prototype.slice.call(values, from, to) as number[];
}

function sameRun(a: ArrayLike<number>, b: ArrayLike<number>, i: number, j: number, run: number): boolean {
  for (let k = 0; k < run; k++) if (a[i + k] !== b[j + k]) return false;
  return true;
}

/**
 * Items (or runs of `run` items) that occur exactly once in each range,
 * longest chain in order. Runs are told apart by a hash; `sameRun` checks
 * each anchor the chain keeps, so a collision costs an anchor, never a match.
 */
function uniqueAnchors(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  aLo: number,
  aHi: number,
  bLo: number,
  bHi: number,
  run: number,
): { old: number[]; new: number[] } {
  const aKeys = keysOf(a, aLo, aHi, run);
  const inA = onceIn(aKeys);
  const inB = onceIn(keysOf(b, bLo, bHi, run));
  const olds: number[] = [];
  const news: number[] = [];
  for (let k = 0; k < aKeys.length; k++) {
    const key = aKeys[k]!;
    const j = inB.get(key);
    if (j >= 0 && inA.get(key) === k) {
      olds.push(aLo + k);
      news.push(bLo + j);
    }
  }
  const chain = increasingChain(news);
  return { old: chain.map((c) => olds[c]!), new: chain.map((c) => news[c]!) };
}

/** The key of each run of `run` items inside [lo, hi): the item itself when runs are single items. */
function keysOf(ids: ArrayLike<number>, lo: number, hi: number, run: number): Int32Array {
  const keys = new Int32Array(Math.max(0, hi - lo - run + 1));
  for (let i = 0; i < keys.length; i++) {
    if (run === 1) {
      keys[i] = ids[lo + i]!;
      continue;
    }
    let hash = 0x811c9dc5;
    for (let k = 0; k < run; k++) hash = Math.imul(hash ^ ids[lo + i + k]!, 0x01000193);
    keys[i] = hash >>> 1;
  }
  return keys;
}

/**
 * For each key, the one place it occurs, or -1 when it occurs more than once
 * (-2 when never): an open-addressing table in two typed arrays, since a Map
 * of hundreds of thousands of keys costs more in collection than in lookups.
 */
function onceIn(keys: Int32Array): { get(key: number): number } {
  let size = 16;
  while (size < keys.length * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  const places = new Int32Array(size);
  const find = (key: number) => {
    let slot = Math.imul(key, 0x9e3779b1) & mask;
    while (slots[slot] !== -1 && slots[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  };
  for (let k = 0; k < keys.length; k++) {
    const slot = find(keys[k]!);
    if (slots[slot] === -1) {
      slots[slot] = keys[k]!;
      places[slot] = k;
    } else places[slot] = -1;
  }
  return {
    get: (key) => {
      const slot = find(key);
      return slots[slot] === -1 ? -2 : places[slot]!;
    },
  };
}

/** The longest subsequence whose keys increase (O(n log n)); input order is kept. */
export function longestIncreasing<T>(items: readonly T[], key: (item: T) => number): T[] {
  return increasingChain(items.map(key)).map((index) => items[index]!);
}

/** Indexes of the longest strictly increasing subsequence of `keys`, in order. */
function increasingChain(keys: ArrayLike<number>): number[] {
  const tails = new Int32Array(keys.length); // index of the smallest tail of each length
  const previous = new Int32Array(keys.length).fill(-1);
  let length = 0;
  for (let index = 0; index < keys.length; index++) {
    const k = keys[index]!;
    let lo = 0;
    let hi = length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[tails[mid]!]! < k) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[index] = tails[lo - 1]!;
    tails[lo] = index;
    if (lo === length) length++;
  }
  const chain: number[] = new Array<number>(length);
  for (let at = length > 0 ? tails[length - 1]! : -1, k = length - 1; at >= 0; at = previous[at]!, k--) chain[k] = at;
  return chain;
}
