import { longestIncreasing, matchIdentical } from './anchors.js';
import { containment, joinProfiles, pairKey, sequenceOf, similarity, Vocabulary, type Profile } from './similarity.js';
import { diffWords, MAX_DISSIMILAR_TOKENS, MAX_WORD_DIFF_TOKENS, type WordChange } from './words.js';

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

interface Candidate {
  readonly oldIndex: number;
  readonly newIndex: number;
  readonly score: number;
  readonly newInOld: number;
  readonly oldInNew: number;
}

// Words so common that indexing them finds every paragraph: skip for candidate search.
const COMMON_KEY_LIMIT = 64;

class Alignment {
  private readonly oldGroup: (Group | null)[];
  private readonly newGroup: (Group | null)[];
  private readonly groups: Group[] = [];
  private anchorOld: number[] = [];
  private anchorNew: number[] = [];
  private readonly vocabulary = new Vocabulary();

  constructor(
    private readonly oldParas: readonly string[],
    private readonly newParas: readonly string[],
  ) {
    this.oldGroup = new Array<Group | null>(oldParas.length).fill(null);
    this.newGroup = new Array<Group | null>(newParas.length).fill(null);
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
    this.link([0], [0], false, similarity(this.vocabulary.profile(this.oldParas[0]!), this.vocabulary.profile(this.newParas[0]!)));
  }

  /** Edited paragraphs, splits and merges, among what is left. */
  matchSimilar(): void {
    const oldLeft = this.unmatched(this.oldGroup);
    const newLeft = this.unmatched(this.newGroup);
    if (oldLeft.length === 0 || newLeft.length === 0) return;
    const oldProfiles = new Map(oldLeft.map((i) => [i, this.vocabulary.profile(this.oldParas[i]!)]));
    const newProfiles = new Map(newLeft.map((j) => [j, this.vocabulary.profile(this.newParas[j]!)]));
    const candidates = findCandidates(oldProfiles, newProfiles);

    // A split or merge beats a single pair when the pieces together match better.
    const groups = [
      ...this.pieceGroups(candidates, 'split', oldProfiles, newProfiles),
      ...this.pieceGroups(candidates, 'merge', oldProfiles, newProfiles),
    ].sort((x, y) => y.score - x.score);
    for (const group of groups) {
      if ([...group.old.map((i) => this.oldGroup[i]), ...group.new.map((j) => this.newGroup[j])].some(Boolean)) continue;
      this.link(group.old, group.new, false, group.score);
    }

    const pairs = candidates
      .filter((c) => c.score >= THRESHOLDS.pair)
      .sort((x, y) => y.score - x.score || this.distance(x) - this.distance(y));
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
   */
  private pieceGroups(
    candidates: readonly Candidate[],
    kind: 'split' | 'merge',
    oldProfiles: ReadonlyMap<number, Profile>,
    newProfiles: ReadonlyMap<number, Profile>,
  ): { old: number[]; new: number[]; score: number }[] {
    const bySource = new Map<number, Candidate[]>();
    for (const c of candidates) {
      const source = kind === 'split' ? c.oldIndex : c.newIndex;
      const share = kind === 'split' ? c.newInOld : c.oldInNew;
      if (share >= THRESHOLDS.piece) pushTo(bySource, source, c);
    }
    const bestSingle = new Map<number, number>();
    for (const c of candidates) {
      const source = kind === 'split' ? c.oldIndex : c.newIndex;
      bestSingle.set(source, Math.max(bestSingle.get(source) ?? 0, c.score));
    }
    const found: { old: number[]; new: number[]; score: number }[] = [];
    for (const [source, list] of bySource) {
      const pieces = list.map((c) => (kind === 'split' ? c.newIndex : c.oldIndex)).sort((x, y) => x - y);
      for (const run of consecutiveRuns(pieces)) {
        if (run.length < 2) continue;
        const sourceProfile = (kind === 'split' ? oldProfiles : newProfiles).get(source)!;
        const joined = joinProfiles(run.map((k) => (kind === 'split' ? newProfiles : oldProfiles).get(k)!));
        const score = similarity(sourceProfile, joined);
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
    const edited = !group.identical && stripBreaks(oldText) !== stripBreaks(newText);
    // Word diffs of paragraphs that share little cost the most and show the least.
    const maxTokens = group.score >= THRESHOLDS.pair ? MAX_WORD_DIFF_TOKENS : MAX_DISSIMILAR_TOKENS;
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
  return text.split(PARAGRAPH_BREAK).join(' ');
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
 * paragraph with every new one.
 */
function findCandidates(
  oldProfiles: ReadonlyMap<number, Profile>,
  newProfiles: ReadonlyMap<number, Profile>,
): Candidate[] {
  const index = new Map<number, number[]>();
  for (const [i, p] of oldProfiles) {
    for (const key of keysOf(p)) {
      const holders = index.get(key);
      if (holders) holders.push(i);
      else index.set(key, [i]);
    }
  }
  const candidates: Candidate[] = [];
  for (const [j, newProfile] of newProfiles) {
    const seen = new Set<number>();
    for (const key of keysOf(newProfile)) {
      const holders = index.get(key);
      if (!holders || holders.length > COMMON_KEY_LIMIT) continue;
      for (const i of holders) seen.add(i);
    }
    for (const i of seen) {
      const oldProfile = oldProfiles.get(i)!;
      candidates.push({
        oldIndex: i,
        newIndex: j,
        score: similarity(oldProfile, newProfile),
        newInOld: containment(newProfile, oldProfile),
        oldInNew: containment(oldProfile, newProfile),
      });
    }
  }
  return candidates;
}

/** The index keys of a paragraph, in order of first occurrence: its word pairs, or its words when it has no pairs. */
function keysOf(p: Profile): Iterable<number> {
  const keys = new Set<number>();
  const seq = sequenceOf(p);
  if (p.pairCount > 0) for (let k = 1; k < seq.length; k++) keys.add(pairKey(seq[k - 1]!, seq[k]!));
  else for (const id of seq) keys.add(id);
  return keys;
}
