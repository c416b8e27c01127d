import { PARAGRAPH_BREAK, type ParagraphChange } from '../diff/align.js';
import type { ElementChange } from '../diff/elements.js';
import type { LeadDiff } from '../diff/lead-diff.js';
import { diffWords, newSide, oldSide, type WordChange } from '../diff/words.js';
import { letterPattern } from '../article/ascii.js';
import { withoutDateline } from '../article/dateline.js';
import { attributeParagraphs, subjectName, type Attribution } from './attribution.js';
import { figureSubject, newEvents, NUMBER_WORD, type NewEvent } from './subjects.js';

/**
 * What changed between two leads, in the terms an ATTN line speaks of:
 * which paragraphs of the new lead are new or changed and how, which old
 * ones went, which header elements changed. Every rule is a pure function
 * of the LeadDiff.
 */

/** How a changed paragraph changed. */
export type EditKind =
  /** A fixed spelling or punctuation: no new fact. */
  | 'typo'
  /** Only numbers changed: a death toll, a count, a time. */
  | 'figures'
  /** Words only dropped (a sentence cut inside a kept paragraph): an update of the paragraph, not TRIMS. */
  | 'trim'
  /** New or different words: new facts. */
  | 'content'
  /** Most of the paragraph is new: a recast. */
  | 'rewrite';

export interface ChangedParagraph {
  /** Position in the new lead. */
  readonly position: number;
  readonly kind: 'added' | EditKind;
  /** It also moved from elsewhere. */
  readonly moved: boolean;
  /** A new paragraph standing where old ones were dropped: it updates that place rather than adding to the story. */
  readonly replacing: boolean;
  /** The paragraph's text in the new lead, for content phrases. */
  readonly text: string;
  /** Whose words the paragraph carries, read with the whole new lead around it. */
  readonly source: Attribution | null;
  /** What the edit's new numbers count (`death toll`), when the copy says. */
  readonly counts: string | null;
}

/**
 * A headline that only lost a hyphen or a typo is `typo`; one whose numbers
 * alone changed is `figures`. A headline seen on one side only is no change:
 * plain copy and scrapes often come without one the parser can see.
 */
export type HeadlineChange = 'none' | 'typo' | 'figures' | 'reworded' | 'recast';
export type ElementChangeKind = 'none' | 'added' | 'changed' | 'removed';

/** What changed from one lead to the next, in the desk's terms: the facts an ATTN line must announce. */
export interface ChangeFacts {
  /** Paragraphs in the new lead. */
  readonly paragraphCount: number;
  /** Paragraphs in the old lead. */
  readonly oldParagraphCount: number;
  /** Every changed or added paragraph of the new lead, in order (the lead, paragraph 1, included). */
  readonly changed: readonly ChangedParagraph[];
  /** Old positions of paragraphs cut. */
  readonly deleted: readonly number[];
  /** Old positions of paragraphs dropped where new ones took their place: a rewrite, not a trim. */
  readonly replaced: readonly number[];
  /** Paragraphs that only moved, or were split or merged without new words. */
  readonly moved: readonly number[];
  /** Where each unchanged or only-moved paragraph of the new lead stood in the old one. */
  readonly oldPositions: ReadonlyMap<number, number>;
  readonly headline: HeadlineChange;
  /** For a figures-only headline change, what the numbers count. */
  readonly headlineCounts: string | null;
  /** The desk names of the sources the old lead already quoted. */
  readonly oldSources: ReadonlySet<string>;
  /** Events the changed paragraphs bring that the old lead did not have: a death, an arrest. */
  readonly events: readonly NewEvent[];
  readonly byline: ElementChangeKind;
  readonly dateline: ElementChangeKind;
  readonly slug: ElementChangeKind;
  readonly photos: { readonly added: number; readonly removed: number; readonly replaced: number; readonly reworded: number };
}

/**
 * A headline that keeps less than this share of its content words (stems,
 * in any order) has a new angle: RECASTS, not CHANGES. Word order is no
 * angle: `floods streets in Gwangju` and `floods Gwangju streets` are one
 * headline reworded.
 */
export const HEADLINE_RECAST = 0.6;

export function changeFacts(diff: LeadDiff): ChangeFacts {
  const changed: ChangedParagraph[] = [];
  const moved: number[] = [];
  const oldPositions = new Map<number, number>();
  const { deleted, replaced, replacing, renumbered } = cuts(diff.paragraphs);
  const texts = leadTexts(diff.paragraphs);
  const sources = attributeParagraphs(texts.new);
  let paragraphCount = 0;
  let oldParagraphCount = 0;
  for (const change of diff.paragraphs) {
    for (const position of change.new) paragraphCount = Math.max(paragraphCount, position);
    for (const position of change.old) oldParagraphCount = Math.max(oldParagraphCount, position);
    if (change.op === 'delete') continue;
    if (!change.edited && change.new.length === 1 && change.old.length === 1) oldPositions.set(change.new[0]!, change.old[0]!);
    const renumberedWords = renumbered.get(change);
    if (renumberedWords) {
      const position = change.new[0]!;
      changed.push({ position, kind: 'figures', moved: false, replacing: false, text: change.text, source: sources[position - 1] ?? null, counts: figureSubject(renumberedWords) });
      continue;
    }
    if (change.op === 'add') {
      const position = change.new[0]!;
      changed.push({
        position,
        kind: 'added',
        moved: false,
        replacing: replacing.has(change),
        text: change.text,
        source: sources[position - 1] ?? null,
        counts: null,
      });
    } else if (change.op !== 'equal') {
      if (onlyDatelineChanged(change)) continue; // announced as CHANGES dateline
      if (!change.edited) moved.push(...change.new);
      else changed.push(...editedParagraphs(change, diff.thresholds.light, sources));
    }
  }
  const { headline, byline, dateline, slug, photos } = diff.elements;
  const headlineChange = headlineKind(headline);
  const news = changed.filter((p) => p.kind !== 'typo');
  const events = newEvents(news, [headline.old ?? '', ...texts.old].join('\n'), subjectName);
  let oldSources: ReadonlySet<string> | undefined;
  return {
    paragraphCount,
    oldParagraphCount,
    changed: changed.sort((a, b) => a.position - b.position),
    deleted,
    replaced,
    moved,
    oldPositions,
    headline: headlineChange.kind,
    headlineCounts: headlineChange.counts,
    // Read only when a rule asks (an edited paragraph's or a throughout line's source): most lines never do.
    get oldSources() {
      return (oldSources ??= new Set(attributeParagraphs(texts.old).flatMap((a) => (a ? [a.source.name] : []))));
    },
    events,
    byline: elementKind(byline.op),
    // A dateline that arrives with the first body (after a flash) is no change of dateline.
    dateline: dateline.op === 'add' ? 'none' : elementKind(dateline.op),
    // Like the headline, a slug seen on one side only is plain copy, not a change.
    slug: slug.op === 'change' ? 'changed' : 'none',
    photos: {
      added: photos.filter((p) => p.op === 'add').length,
      removed: photos.filter((p) => p.op === 'delete').length,
      replaced: photos.filter((p) => p.op === 'replace').length,
      reworded: photos.filter((p) => p.op === 'reword').length,
    },
  };
}

function headlineKind(headline: ElementChange): { kind: HeadlineChange; counts: string | null } {
  if (headline.op !== 'change') return { kind: 'none', counts: null };
  const words = diffWords(headline.old!, headline.new!).words;
  const kind = classifyWords(words);
  if (kind === 'typo') return { kind: 'typo', counts: null };
  if (kind === 'figures') return { kind: 'figures', counts: figureSubject(words) };
  return { kind: keptWords(headline.old!, headline.new!) >= HEADLINE_RECAST ? 'reworded' : 'recast', counts: null };
}

const HEADLINE_FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'as', 'with', 'by', 'and', 'over', 'from']);

/** The share of content-word stems two headlines share, over the longer one's. */
function keptWords(before: string, after: string): number {
  const stems = (text: string) =>
    new Set(
      text
        .toLowerCase()
        .split(/[^a-z0-9\u00c0-\uffff]+/)
        .filter((w) => w !== '' && !HEADLINE_FUNCTION_WORDS.has(w))
        .map((w) => w.replace(/(?:ing|ed|es|s|e)$/, '')),
    );
  const a = stems(before);
  const b = stems(after);
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared / Math.max(a.size, b.size, 1);
}

/** The old and the new lead's paragraphs, as the diff holds them. */
function leadTexts(changes: readonly ParagraphChange[]): { old: string[]; new: string[] } {
  const oldParas: string[] = [];
  const newParas: string[] = [];
  for (const change of changes) {
    const oldText = change.op === 'add' ? '' : change.words ? oldSide(change.words) : change.text;
    const newText = change.op === 'delete' ? '' : change.words ? newSide(change.words) : change.text;
    const oldPieces = oldText.split(PARAGRAPH_BREAK);
    const newPieces = newText.split(PARAGRAPH_BREAK);
    change.old.forEach((position, k) => (oldParas[position - 1] = oldPieces[k] ?? oldText));
    change.new.forEach((position, k) => (newParas[position - 1] = newPieces[k] ?? newText));
  }
  return { old: Array.from(oldParas, (p) => p ?? ''), new: Array.from(newParas, (p) => p ?? '') };
}

/**
 * Deleted paragraphs in a run of changes that also adds paragraphs were
 * replaced (the story was rewritten there); the others were cut.
 */
function cuts(changes: readonly ParagraphChange[]): {
  deleted: number[];
  replaced: number[];
  replacing: Set<ParagraphChange>;
  renumbered: Map<ParagraphChange, readonly WordChange[]>;
} {
  const deleted: number[] = [];
  const replaced: number[] = [];
  const replacing = new Set<ParagraphChange>();
  const renumbered = new Map<ParagraphChange, readonly WordChange[]>();
  let run: ParagraphChange[] = [];
  const flush = () => {
    const renumbering = renumberedInPlace(run);
    if (renumbering) {
      renumbered.set(renumbering.added, renumbering.words);
      run = [];
      return;
    }
    const hasAdds = run.some((c) => c.op === 'add');
    const hasDeletes = run.some((c) => c.op === 'delete');
    for (const c of run) {
      if (c.op === 'delete') (hasAdds ? replaced : deleted).push(...c.old);
      else if (hasDeletes) replacing.add(c);
    }
    run = [];
  };
  for (const change of changes) {
    if (change.op === 'add' || change.op === 'delete') run.push(change);
    else flush();
  }
  flush();
  return { deleted, replaced, replacing, renumbered };
}

/**
 * One paragraph deleted and one added in its place whose words differ only
 * in their numbers: the paragraph with a new figure. A short one
 * (`Two are still missing.` -> `One is still missing.`) changes too much of
 * itself for the alignment to pair it, yet a desk reads it as a figure update.
 */
function renumberedInPlace(run: readonly ParagraphChange[]): { added: ParagraphChange; words: readonly WordChange[] } | null {
  if (run.length !== 2) return null;
  const deletedOne = run.find((c) => c.op === 'delete' && c.old.length === 1);
  const added = run.find((c) => c.op === 'add' && c.new.length === 1);
  if (!deletedOne || !added) return null;
  const { words, rewrite } = diffWords(deletedOne.text, added.text);
  return !rewrite && classifyWords(words) === 'figures' ? { added, words } : null;
}

/** A lead whose only change is its dateline: announced as CHANGES dateline, not as a changed paragraph. */
function onlyDatelineChanged(change: ParagraphChange): boolean {
  if (!change.words || change.old.length !== 1 || change.new.length !== 1) return false;
  const before = oldSide(change.words);
  const after = newSide(change.words);
  return before !== after && withoutDateline(before) === withoutDateline(after) && withoutDateline(after) !== after;
}

function elementKind(op: 'equal' | 'add' | 'delete' | 'change'): ElementChangeKind {
  return op === 'equal' ? 'none' : op === 'add' ? 'added' : op === 'delete' ? 'removed' : 'changed';
}

/** An edit, edited move, split or merge: each new paragraph it produced, with how it changed. */
function editedParagraphs(change: ParagraphChange, light: number, sources: readonly (Attribution | null)[]): ChangedParagraph[] {
  // The changed words tell the kind wherever they can: words only dropped are a trim however much went
  // (half a paragraph cut is no rewrite), and only numbers or a respelling changed is figures or a typo
  // however short the paragraph (`Five seats are undecided` -> `Two ...` shares few words, yet is a figure).
  const byWords = change.rewrite ? 'content' : classifyWords(change.words ?? []);
  const kind: EditKind = byWords !== 'content' ? byWords : change.similarity < light ? 'rewrite' : byWords;
  const pieces = change.text.split(PARAGRAPH_BREAK);
  const counts = kind === 'typo' ? null : figureSubject(change.words ?? []);
  return change.new.map((position, k) => ({
    position,
    kind,
    moved: change.op === 'move',
    replacing: false,
    text: pieces[k] ?? change.text,
    source: sources[position - 1] ?? null,
    counts,
  }));
}

/**
 * What the changed words bring: only digits changed -> figures; every change
 * a small respelling or punctuation -> typo; anything else -> content.
 */
export function classifyWords(words: readonly WordChange[]): EditKind {
  const blocks = changeBlocks(words);
  if (blocks.length === 0) return 'typo';
  if (blocks.every((b) => b.added === '' && /\s/.test(b.deleted))) return 'trim';
  if (blocks.every((b) => hasNumber(b.deleted) && hasNumber(b.added) && sameWithoutDigits(b.deleted, b.added))) return 'figures';
  if (blocks.every((b) => isRespelling(b.deleted, b.added))) return 'typo';
  return 'content';
}

interface Block {
  readonly deleted: string;
  readonly added: string;
}

/** Runs of deleted and added words between unchanged ones. */
function changeBlocks(words: readonly WordChange[]): Block[] {
  const blocks: Block[] = [];
  let deleted = '';
  let added = '';
  const flush = () => {
    if (deleted || added) blocks.push({ deleted: deleted.trim(), added: added.trim() });
    deleted = added = '';
  };
  for (const word of words) {
    if (word.op === 'delete') deleted += word.text;
    else if (word.op === 'add') added += word.text;
    else flush();
  }
  flush();
  return blocks.filter((b) => b.deleted !== b.added);
}

/**
 * Digits and spelled-out numbers (`two` -> `three` injured) are figures
 * alike, and so is the counted word agreeing with its number (`one person
 * was` -> `two people were`).
 */
function sameWithoutDigits(a: string, b: string): boolean {
  const strip = (text: string) =>
    text
      .replace(NUMBER_WORD, '#')
      .replace(/[\d.,]+/g, '#')
      .split(/\s+/)
      .map((w) => AGREEMENT[w.toLowerCase()] ?? w.toLowerCase().replace(/(?<=\w{3})s$/, ''))
      .join(' ');
  return strip(a) === strip(b);
}

/** Words that change with the number they count. */
const AGREEMENT: Readonly<Record<string, string>> = {
  people: 'person', men: 'man', women: 'woman', children: 'child', were: 'was', are: 'is', have: 'has', these: 'this', those: 'that',
};

function hasNumber(text: string): boolean {
  NUMBER_WORD.lastIndex = 0;
  return /\d/.test(text) || NUMBER_WORD.test(text);
}

const NOT_LETTER = letterPattern(({ L, N, flags }) => new RegExp(`[^${L}${N}]`, `g${flags}`));

/** One word for one close word (Samchek -> Samcheok), or punctuation only. */
function isRespelling(deleted: string, added: string): boolean {
  const letters = (text: string) => text.replace(NOT_LETTER(text), '');
  if (letters(deleted) === letters(added)) return true;
  if (/\s/.test(deleted) || /\s/.test(added) || deleted === '' || added === '') return false;
  const distance = editDistance(deleted.toLowerCase(), added.toLowerCase());
  return distance <= 2 && distance <= Math.max(deleted.length, added.length) * 0.4;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** A story this short gives positions unless every paragraph changed. */
export const SHORT_STORY = 5;
/** On a longer story, changes to at least this share of its paragraphs are `throughout`. */
export const THROUGHOUT_SHARE = 2 / 3;

/**
 * The one `throughout` rule, for the writer and the checker alike: the
 * changed paragraphs (the lead included, typo fixes not) are at least two
 * thirds of a story of six or more paragraphs, and are not simply "from
 * para N on" (that is `from Nth para`); on a story of five or fewer, only
 * when every paragraph changed. Otherwise positions say more.
 */
export function isThroughout(facts: Pick<ChangeFacts, 'changed' | 'paragraphCount'>): boolean {
  const touched = [...new Set(facts.changed.filter((p) => p.kind !== 'typo').map((p) => p.position))].sort((a, b) => a - b);
  const n = facts.paragraphCount;
  if (n < 2 || touched.length === 0) return false;
  if (n <= SHORT_STORY) return touched.length === n;
  if (touched.length < THROUGHOUT_SHARE * n) return false;
  const tailRun = touched.every((p, i) => p === touched[0]! + i) && touched.at(-1) === n;
  return !(tailRun && touched[0]! > 1);
}
