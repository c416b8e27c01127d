import { longestIncreasing, matchIdentical } from './anchors.js';
import { containment, eitherContains, joinProfiles, landmarks, pairKey, sequenceOf, similarity, Vocabulary, type Profile } from './similarity.js';
import { diffWords, MAX_DISSIMILAR_TOKENS, type WordChange } from './words.js';

export type ParagraphOp = 'equal' | 'edit' | 'add' | 'delete' | 'move' | 'split' | 'merge';

/**
 * What happened to one paragraph, or to the group of paragraphs of a split
 * or merge. Positions are 1-based, as desks count (wire-style.md section 3).
 */
export interface ParagraphChange {
  readonly op: ParagraphOp;
  /** Positions in the old lead: none for `add`, several for `merge`. */
  readonly old: readonly number[];
  /** Positions in the new lead: none for `delete`, several for `split`. */
  readonly new: readonly number[];
  /** 1 for identical text, 0 for nothing in common; see `thresholds`. */
  readonly similarity: number;
  /** Whether the words changed (always true for `edit`, never for `equal`). */
  readonly edited: boolean;
  /** The new text (the old text for `delete`); the paragraphs of a split joined by a blank line. */
  readonly text: string;
  /**
   * Word changes from old to new, for every op whose words changed. In a split
   * or merge the paragraph break is the token "\n\n", added or deleted.
   */
  readonly words: readonly WordChange[] | null;
  /** Too long or too different for a word diff: `words` deletes the old text whole and adds the new. */
  readonly rewrite: boolean;
}

/** The similarity thresholds the alignment used. */
export const THRESHOLDS = {
  /** Below this, a new paragraph is not an edit of an old one but an addition. */
  pair: 0.5,
  /** At or above this, an edit is light: a fixed typo, an updated figure. */
  light: 0.8,
  /** A piece of a split (or merge) must take at least this share of its words and word pairs from its source. */
  piece: 0.5,
} as const;

export const PARAGRAPH_BREAK = '\n\n';

/** Paragraph-level diff of two leads: identical anchors, then similar pairs, splits, merges and moves. */
export function alignParagraphs(
  oldParas: readonly string[],
  newParas: readonly string[],
  options: { sameLead?: boolean } = {},
): ParagraphChange[] {
  const state = new Alignment(oldParas, newParas);
  state.matchIdentical();
  state.matchMovedIdentical();
  // A recast lead may share few words with the old one, but it is still the
  // lead: the paragraph that opens with the dateline in both.
  if (options.sameLead) state.pairLeads();
  state.pairInPlace();
  state.matchSimilar();
  return state.changes();
}

interface Group {
  readonly old: number[];
  readonly new: number[];
  readonly identical: boolean;
  score: number;
  inPlace: boolean;
}

/** Which paragraphs were unmatched when the in-place pass began: the possible pieces of a split or merge. */
interface Free {
  readonly old: readonly boolean[];
  readonly new: readonly boolean[];
}

/** The paragraphs of one side of a gap by their landmarks, built on first use. */
class Landmarks {
  private byKey: Map<number, number[]> | null = null;

  constructor(
    private readonly positions: readonly number[],
    private readonly profileOf: (position: number) => Profile,
  ) {}

  /** The first place at or after `from` holding one of the keys, or null. */
  next(keys: readonly number[], from: number): number | null {
    if (from >= this.positions.length) return null;
    if (this.byKey === null) {
      this.byKey = new Map();
      this.positions.forEach((position, place) => {
        for (const key of landmarks(this.profileOf(position))) pushTo(this.byKey!, key, place);
      });
    }
    let best: number | null = null;
    for (const key of keys) {
      const places = this.byKey.get(key);
      if (!places) continue;
      const at = firstAtLeast(places, from);
      if (at < places.length && (best === null || places[at]! < best)) best = places[at]!;
    }
    return best;
  }
}

function firstAtLeast(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Candidate {
  readonly oldIndex: number;
  readonly newIndex: number;
  /** 0 when the pair could not reach the pairing threshold and was not scored. */
  readonly score: number;
}

// Words so common that indexing them finds every paragraph: skip for candidate search.
const COMMON_KEY_LIMIT = 64;
// How far the in-place pass looks past an added or deleted paragraph to find its place again.
const IN_PLACE_LOOKAHEAD = 3;

class Alignment {
  private readonly oldGroup: (Group | null)[];
  private readonly newGroup: (Group | null)[];
  private readonly groups: Group[] = [];
  private anchorOld: number[] = [];
  private anchorNew: number[] = [];
  private readonly oldProfiles: (Profile | undefined)[];
  private readonly newProfiles: (Profile | undefined)[];
  private readonly vocabulary = new Vocabulary();
  private readonly pieceKeys: number[] = [-1, -1, -1, -1, -1, -1, -1, -1];
  private readonly pieceAnswers: boolean[] = new Array<boolean>(8).fill(false);
  private pieceNext = 0;

  constructor(
    private readonly oldParas: readonly string[],
    private readonly newParas: readonly string[],
  ) {
    this.oldGroup = new Array<Group | null>(oldParas.length).fill(null);
    this.newGroup = new Array<Group | null>(newParas.length).fill(null);
    this.oldProfiles = new Array<Profile | undefined>(oldParas.length);
    this.newProfiles = new Array<Profile | undefined>(newParas.length);
  }

  private oldProfile(i: number): Profile {
    return (this.oldProfiles[i] ??= this.vocabulary.profile(this.oldParas[i]!));
  }

  private newProfile(j: number): Profile {
    return (this.newProfiles[j] ??= this.vocabulary.profile(this.newParas[j]!));
  }

  private link(old: number[], next: number[], identical: boolean, score: number): Group {
    const group: Group = { old, new: next, identical, score, inPlace: false };
    for (const i of old) this.oldGroup[i] = group;
    for (const j of next) this.newGroup[j] = group;
    this.groups.push(group);
    return group;
  }

  /** Identical paragraphs in the same order: the anchors everything else is placed against. */
  matchIdentical(): void {
    const ids = new Map<string, number>();
    const idOf = (text: string) => {
      let id = ids.get(text);
      if (id === undefined) ids.set(text, (id = ids.size));
      return id;
    };
    const matches = matchIdentical(this.oldParas.map(idOf), this.newParas.map(idOf));
    for (const [i, j] of matches) this.link([i], [j], true, 1).inPlace = true;
    this.anchorOld = matches.map(([i]) => i);
    this.anchorNew = matches.map(([, j]) => j);
  }

  /** An identical paragraph that is not on the anchor chain has moved. */
  matchMovedIdentical(): void {
    // Old positions by text, taken in order through a cursor: no shift() in the loop.
    const waiting = new Map<string, { at: number; positions: number[] }>();
    this.oldParas.forEach((text, i) => {
      if (this.oldGroup[i] !== null) return;
      const entry = waiting.get(text);
      if (entry) entry.positions.push(i);
      else waiting.set(text, { at: 0, positions: [i] });
    });
    this.newParas.forEach((text, j) => {
      if (this.newGroup[j] !== null) return;
      const entry = waiting.get(text);
      if (entry && entry.at < entry.positions.length) this.link([entry.positions[entry.at++]!], [j], true, 1);
    });
  }

  pairLeads(): void {
    if (this.oldParas.length === 0 || this.newParas.length === 0) return;
    if (this.oldGroup[0] || this.newGroup[0]) return;
    this.link([0], [0], false, similarity(this.oldProfile(0), this.newProfile(0)));
  }

  /**
   * The usual edit keeps order: inside each gap between anchors, the unmatched
   * old paragraph and the unmatched new one in the same place are a pair when
   * the edit is light and no neighbour could make it a split or a merge. A
   * few places ahead on either side are tried past an added or deleted
   * paragraph. Only what this leaves goes to the candidate search.
   */
  pairInPlace(): void {
    const free = { old: this.oldGroup.map((g) => g === null), new: this.newGroup.map((g) => g === null) };
    const newByGap = this.unmatchedByGap(this.newGroup, this.anchorNew);
    for (const [gap, olds] of this.unmatchedByGap(this.oldGroup, this.anchorOld)) {
      const news = newByGap.get(gap);
      if (news) this.walkGap(olds, news, free);
    }
  }

  /**
   * One gap in order. Past a run of added or deleted paragraphs longer than
   * the look-ahead, the walk finds its place again through landmarks: keys a
   * paragraph keeps through a light edit, looked up among the paragraphs
   * ahead on the other side.
   */
  private walkGap(olds: readonly number[], news: readonly number[], free: Free): void {
    const oldMarks = new Landmarks(olds, (i) => this.oldProfile(i));
    const newMarks = new Landmarks(news, (j) => this.newProfile(j));
    const tryPair = (x: number, y: number) => {
      if (x >= olds.length || y >= news.length) return null;
      const score = this.inPlaceScore(olds[x]!, news[y]!, free);
      return score === null ? null : { a: x, b: y, score };
    };
    const near = (a: number, b: number) => {
      for (let d = 0; d <= IN_PLACE_LOOKAHEAD; d++) {
        // Past a paragraph rewritten in place, then past added or deleted ones.
        const found = d === 0 ? tryPair(a, b) : tryPair(a + d, b + d) ?? tryPair(a, b + d) ?? tryPair(a + d, b);
        if (found) return found;
      }
      return null;
    };
    const far = (a: number, b: number) => {
      const skip = IN_PLACE_LOOKAHEAD + 1;
      const y = newMarks.next(landmarks(this.oldProfile(olds[a]!)), b + skip);
      const x = oldMarks.next(landmarks(this.newProfile(news[b]!)), a + skip);
      const tries = [y === null ? null : { x: a, y, skipped: y - b }, x === null ? null : { x, y: b, skipped: x - a }]
        .filter((t) => t !== null)
        .sort((p, q) => p.skipped - q.skipped);
      for (const t of tries) {
        const found = tryPair(t.x, t.y);
        if (found) return found;
      }
      return null;
    };
    let a = 0;
    let b = 0;
    while (a < olds.length && b < news.length) {
      const found = near(a, b) ?? far(a, b);
      if (!found) {
        a++;
        b++;
        continue;
      }
      this.link([olds[found.a]!], [news[found.b]!], false, found.score);
      a = found.a + 1;
      b = found.b + 1;
    }
  }

  /**
   * The pair's similarity when it is a light edit that no split or merge of
   * its neighbours could take instead; otherwise null. A piece takes half of
   * its words from its source, and the pieces of a split or merge stand next
   * to each other: only the neighbours on either side need a look.
   */
  private inPlaceScore(i: number, j: number, free: Free): number | null {
    const score = similarity(this.oldProfile(i), this.newProfile(j));
    if (score < THRESHOLDS.light) return null;
    // A new neighbour k: j and k split from i, or k a merge of i and its neighbour.
    // An old neighbour k: i and k merged into j, or k split into j and its neighbour.
    if ((free.new[j - 1] && this.couldBePiece(i, j - 1)) || (free.new[j + 1] && this.couldBePiece(i, j + 1))) return null;
    if ((free.old[i - 1] && this.couldBePiece(i - 1, j)) || (free.old[i + 1] && this.couldBePiece(i + 1, j))) return null;
    return score;
  }

  /**
   * Whether either paragraph takes half its words from the other. The walk
   * asks this of each crossing neighbour pair twice, from the pair before
   * and the pair after it: the last few answers are kept.
   */
  private couldBePiece(i: number, j: number): boolean {
    const key = i * (this.newParas.length + 1) + j;
    const at = this.pieceKeys.indexOf(key);
    if (at >= 0) return this.pieceAnswers[at]!;
    const answer = eitherContains(this.oldProfile(i), this.newProfile(j), THRESHOLDS.piece);
    this.pieceKeys[this.pieceNext] = key;
    this.pieceAnswers[this.pieceNext] = answer;
    this.pieceNext = (this.pieceNext + 1) % this.pieceKeys.length;
    return answer;
  }

  /** Unmatched positions by the gap between anchors they fall in, in order. */
  private unmatchedByGap(groups: readonly (Group | null)[], anchors: readonly number[]): Map<number, number[]> {
    const byGap = new Map<number, number[]>();
    let gap = 0;
    for (let index = 0; index < groups.length; index++) {
      while (gap < anchors.length && anchors[gap]! < index) gap++;
      if (groups[index] === null) pushTo(byGap, gap, index);
    }
    return byGap;
  }

  /** Edited paragraphs, splits and merges, among what is left. */
  matchSimilar(): void {
    const oldLeft = this.unmatched(this.oldGroup);
    const newLeft = this.unmatched(this.newGroup);
    if (oldLeft.length === 0 || newLeft.length === 0) return;
    const candidates = findCandidates(
      oldLeft.map((i) => [i, this.oldProfile(i)] as const),
      newLeft.map((j) => [j, this.newProfile(j)] as const),
      this.oldParas.length,
    );

    // A split or merge beats a single pair when the pieces together match better.
    const groups = [...this.pieceGroups(candidates, 'split'), ...this.pieceGroups(candidates, 'merge')].sort(
      (x, y) => y.score - x.score,
    );
    for (const group of groups) {
      if (group.old.some((i) => this.oldGroup[i]) || group.new.some((j) => this.newGroup[j])) continue;
      this.link(group.old, group.new, false, group.score);
    }

    const pairs = candidates
      .filter((c) => c.score >= THRESHOLDS.pair)
      .map((c) => ({ ...c, distance: this.distance(c) }))
      .sort((x, y) => y.score - x.score || x.distance - y.distance);
    for (const pair of pairs) {
      if (this.oldGroup[pair.oldIndex] || this.newGroup[pair.newIndex]) continue;
      this.link([pair.oldIndex], [pair.newIndex], false, pair.score);
    }
  }

  private distance(c: Candidate): number {
    return Math.abs(this.gapOf(this.anchorOld, c.oldIndex) - this.gapOf(this.anchorNew, c.newIndex)) * 1e6 +
      Math.abs(c.oldIndex - c.newIndex);
  }

  /**
   * Runs of consecutive unmatched paragraphs on one side that each came mostly
   * from one paragraph on the other: a split (one old, several new) or a merge.
   * A piece's share of its source is measured only when the next or previous
   * paragraph is a candidate of the same source too: a lone piece makes no run.
   */
  private pieceGroups(candidates: readonly Candidate[], kind: 'split' | 'merge'): { old: number[]; new: number[]; score: number }[] {
    const sourceOf = (c: Candidate) => (kind === 'split' ? c.oldIndex : c.newIndex);
    const pieceOf = (c: Candidate) => (kind === 'split' ? c.newIndex : c.oldIndex);
    const sourceProfile = (k: number) => (kind === 'split' ? this.oldProfile(k) : this.newProfile(k));
    const pieceProfile = (k: number) => (kind === 'split' ? this.newProfile(k) : this.oldProfile(k));
    const piecesOf = new Map<number, Set<number>>();
    const bestSingle = new Map<number, number>();
    for (const c of candidates) {
      const source = sourceOf(c);
      const pieces = piecesOf.get(source);
      if (pieces) pieces.add(pieceOf(c));
      else piecesOf.set(source, new Set([pieceOf(c)]));
      bestSingle.set(source, Math.max(bestSingle.get(source) ?? 0, c.score));
    }
    const bySource = new Map<number, number[]>();
    for (const c of candidates) {
      const source = sourceOf(c);
      const piece = pieceOf(c);
      const pieces = piecesOf.get(source)!;
      if (!pieces.has(piece - 1) && !pieces.has(piece + 1)) continue;
      if (containment(pieceProfile(piece), sourceProfile(source)) >= THRESHOLDS.piece) pushTo(bySource, source, piece);
    }
    const found: { old: number[]; new: number[]; score: number }[] = [];
    for (const [source, list] of bySource) {
      for (const run of consecutiveRuns(list.sort((x, y) => x - y))) {
        if (run.length < 2) continue;
        const score = similarity(sourceProfile(source), joinProfiles(run.map(pieceProfile)));
        if (score < THRESHOLDS.pair || score <= (bestSingle.get(source) ?? 0)) continue;
        found.push(kind === 'split' ? { old: [source], new: run, score } : { old: run, new: [source], score });
      }
    }
    return found;
  }

  private unmatched(groups: readonly (Group | null)[]): number[] {
    const out: number[] = [];
    groups.forEach((group, index) => {
      if (group === null) out.push(index);
    });
    return out;
  }

  /** How many anchors stand before a position: the gap it falls in. */
  private gapOf(anchors: readonly number[], index: number): number {
    let lo = 0;
    let hi = anchors.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (anchors[mid]! < index) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * A pair is in place when it falls in the same gap between anchors on both
   * sides and does not cross another pair of that gap; anything else moved.
   */
  private placeGroups(): void {
    const byGap = new Map<number, Group[]>();
    for (const group of this.groups) {
      if (group.inPlace) continue;
      const gap = this.gapOf(this.anchorOld, group.old[0]!);
      if (gap !== this.gapOf(this.anchorNew, group.new[0]!)) continue;
      pushTo(byGap, gap, group);
    }
    for (const list of byGap.values()) {
      list.sort((x, y) => x.old[0]! - y.old[0]!);
      for (const group of longestIncreasing(list, (g) => g.new[0]!)) group.inPlace = true;
    }
  }

  changes(): ParagraphChange[] {
    this.placeGroups();
    // Deleted paragraphs are shown where they stood: after the last in-place
    // paragraph that preceded them in the old lead.
    const deletesAfter = new Map<Group | null, number[]>();
    let lastInPlace: Group | null = null;
    this.oldParas.forEach((_, i) => {
      const group = this.oldGroup[i] ?? null;
      if (group === null) pushTo(deletesAfter, lastInPlace, i);
      else if (group.inPlace) lastInPlace = group;
    });
    const out: ParagraphChange[] = [];
    const emitDeletes = (after: Group | null) => {
      for (const i of deletesAfter.get(after) ?? []) out.push(this.deleted(i));
    };
    emitDeletes(null);
    this.newParas.forEach((text, j) => {
      const group = this.newGroup[j] ?? null;
      if (group === null) {
        out.push(added(text, j));
      } else if (group.new[0] === j) {
        out.push(this.describe(group));
        if (group.inPlace) emitDeletes(group);
      }
    });
    return out;
  }

  private deleted(i: number): ParagraphChange {
    const text = this.oldParas[i]!;
    return { op: 'delete', old: [i + 1], new: [], similarity: 0, edited: false, text, words: null, rewrite: false };
  }

  private describe(group: Group): ParagraphChange {
    const oldText = group.old.map((i) => this.oldParas[i]!).join(PARAGRAPH_BREAK);
    const newText = group.new.map((j) => this.newParas[j]!).join(PARAGRAPH_BREAK);
    const op: ParagraphOp =
      group.old.length > 1 ? 'merge' : group.new.length > 1 ? 'split' : !group.inPlace ? 'move' : group.identical ? 'equal' : 'edit';
    const edited = !group.identical && oldText !== newText && stripBreaks(oldText) !== stripBreaks(newText);
    // Word diffs of paragraphs that share little cost the most and show the least.
    const maxTokens = group.score >= THRESHOLDS.pair ? Infinity : MAX_DISSIMILAR_TOKENS;
    const diff = oldText === newText ? null : diffWords(oldText, newText, { maxTokens });
    return {
      op,
      old: group.old.map((i) => i + 1),
      new: group.new.map((j) => j + 1),
      similarity: round(group.score),
      edited,
      text: newText,
      words: diff?.words ?? null,
      rewrite: diff?.rewrite ?? false,
    };
  }
}

function added(text: string, j: number): ParagraphChange {
  return { op: 'add', old: [], new: [j + 1], similarity: 0, edited: false, text, words: null, rewrite: false };
}

function stripBreaks(text: string): string {
  return text.includes(PARAGRAPH_BREAK) ? text.split(PARAGRAPH_BREAK).join(' ') : text;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function consecutiveRuns(sorted: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const k of sorted) {
    const run = runs.at(-1);
    if (run && run.at(-1) === k - 1) run.push(k);
    else runs.push([k]);
  }
  return runs;
}

/**
 * Old/new pairs that share anything, found through an index of word pairs
 * (and words, for one-word paragraphs) rather than by comparing every old
 * paragraph with every new one. The index counts what each pair shares among
 * the keys it holds; a pair that could not reach the pairing threshold even
 * if every key left out of the index were shared is not scored. Such a pair
 * matters only as a piece of a split or merge, whose pieces stand next to each
 * other: it is kept, with score 0, only when a neighbour pairs with the same
 * paragraph too. The rest is dropped unscored.
 */
function findCandidates(
  oldProfiles: readonly (readonly [number, Profile])[],
  newProfiles: readonly (readonly [number, Profile])[],
  oldCount: number,
): Candidate[] {
  const index = new Map<number, { holders: number[]; counts: number[] }>();
  const profileOf: Profile[] = [];
  for (const [i, p] of oldProfiles) {
    profileOf[i] = p;
    for (const [key, count] of keyCounts(p)) {
      const entry = index.get(key);
      if (entry) {
        entry.holders.push(i);
        entry.counts.push(count);
      } else index.set(key, { holders: [i], counts: [count] });
    }
  }
  // Per old paragraph: pairs shared with the current new one, the last new
  // paragraph it was a candidate of, and that candidate's place in the lists.
  const sharedWith = new Int32Array(oldCount);
  const lastNew = new Int32Array(oldCount).fill(-2);
  const lastAt = new Int32Array(oldCount);
  const olds: number[] = [];
  const news: number[] = [];
  const scores: number[] = [];
  const neighboured: boolean[] = [];
  for (const [j, newProfile] of newProfiles) {
    const touched: number[] = [];
    let unindexed = 0;
    for (const [key, count] of keyCounts(newProfile)) {
      const entry = index.get(key);
      if (!entry) continue;
      if (entry.holders.length > COMMON_KEY_LIMIT) {
        unindexed += count;
        continue;
      }
      for (let h = 0; h < entry.holders.length; h++) {
        const i = entry.holders[h]!;
        if (lastNew[i] !== j) {
          // (i, j - 1) was a candidate: both are neighbours in a split of i.
          const split = lastNew[i] === j - 1;
          if (split) neighboured[lastAt[i]!] = true;
          lastNew[i] = j;
          lastAt[i] = olds.length;
          sharedWith[i] = 0;
          touched.push(i);
          olds.push(i);
          news.push(j);
          scores.push(0);
          neighboured.push(split);
        }
        sharedWith[i] = sharedWith[i]! + Math.min(count, entry.counts[h]!);
      }
    }
    for (const i of touched) {
      const at = lastAt[i]!;
      // (i - 1, j) or (i + 1, j) a candidate too: neighbours in a merge into j.
      if ((i > 0 && lastNew[i - 1] === j) || (i + 1 < oldCount && lastNew[i + 1] === j)) neighboured[at] = true;
      const oldProfile = profileOf[i]!;
      if (scoreBound(oldProfile, newProfile, sharedWith[i]! + unindexed) >= THRESHOLDS.pair) {
        scores[at] = similarity(oldProfile, newProfile);
      }
    }
  }
  const candidates: Candidate[] = [];
  for (let c = 0; c < olds.length; c++) {
    if (scores[c]! >= THRESHOLDS.pair || neighboured[c]) candidates.push({ oldIndex: olds[c]!, newIndex: news[c]!, score: scores[c]! });
  }
  return candidates;
}

/**
 * The most `similarity` could be with at most `sharedPairs` pairs in common:
 * all the words of the shorter paragraph shared, and those pairs.
 */
function scoreBound(a: Profile, b: Profile, sharedPairs: number): number {
  if (a.pairCount === 0 || b.pairCount === 0) return 1;
  const words = (2 * Math.min(a.wordCount, b.wordCount)) / (a.wordCount + b.wordCount);
  const pairs = (2 * Math.min(sharedPairs, a.pairCount, b.pairCount)) / (a.pairCount + b.pairCount);
  return (words + pairs) / 2;
}

/** The index keys of a paragraph with how often each occurs, in order of first occurrence. */
function keyCounts(p: Profile): Map<number, number> {
  const out = new Map<number, number>();
  const seq = sequenceOf(p);
  if (p.pairCount > 0) {
    for (let k = 1; k < seq.length; k++) {
      const key = pairKey(seq[k - 1]!, seq[k]!);
      out.set(key, (out.get(key) ?? 0) + 1);
    }
  } else {
    for (const id of seq) out.set(id, (out.get(id) ?? 0) + 1);
  }
  return out;
}
