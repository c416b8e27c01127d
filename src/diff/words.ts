import { diffArrays } from 'diff';
import { matchRuns } from './anchors.js';
import { tokenize } from './tokens.js';

export type WordOp = 'equal' | 'add' | 'delete';

export interface WordChange {
  readonly op: WordOp;
  readonly text: string;
}

/**
 * Up to this many tokens on both sides together, jsdiff diffs the two texts
 * whole. Longer texts (a transcript moved as one paragraph) are first
 * anchored on runs of tokens that occur once on each side, and only what lies
 * between anchors goes to jsdiff: its cost grows with length times edits.
 */
export const MAX_WHOLE_DIFF_TOKENS = 20_000;
/** Pairs that share little (a recast lead) get a word diff only while they are this short. */
export const MAX_DISSIMILAR_TOKENS = 600;
/** Past this many token edits the pair is a rewrite: a word diff of a rewrite helps nobody. */
export const MAX_WORD_EDITS = 2_000;
/** Tokens in a row that make an anchor in a long text: four words and the spaces between them. */
const ANCHOR_RUN = 8;
/** What jsdiff may spend on a long stretch with no anchor (edits times tokens): tens of milliseconds. */
const UNANCHORED_STEPS = 4_000_000;

/**
 * Word-level changes from one text to another. Returns the whole old text
 * deleted and the whole new one added when the texts are longer than
 * `maxTokens` or differ in more than MAX_WORD_EDITS tokens: a word diff of a
 * rewrite helps nobody, and long unrelated texts cost jsdiff the most.
 */
export function diffWords(
  oldText: string,
  newText: string,
  options: { maxTokens?: number } = {},
): { words: WordChange[]; rewrite: boolean } {
  if (oldText === newText) return { words: oldText === '' ? [] : [{ op: 'equal', text: oldText }], rewrite: false };
  const changes = wordChanges(oldText, newText, options.maxTokens ?? Infinity);
  return changes ? { words: tidy(changes), rewrite: false } : { words: rewrite(oldText, newText), rewrite: true };
}

/** The changes before tidying, or undefined for a rewrite. */
function wordChanges(oldText: string, newText: string, maxTokens: number): WordChange[] | undefined {
  // Too short for the token counts to reach either limit (a token is at least a character).
  if (oldText.length + newText.length <= Math.min(maxTokens, MAX_WHOLE_DIFF_TOKENS)) return afterSharedStart(oldText, newText);
  let oldTokens: string[] | null = tokenize(oldText);
  let newTokens: string[] | null = tokenize(newText);
  const total = oldTokens.length + newTokens.length;
  if (total > maxTokens) return undefined;
  if (total <= MAX_WHOLE_DIFF_TOKENS) return wholeDiff(oldText, oldTokens, newText, newTokens);
  const vocabulary = new Map<string, number>();
  const oldSide = spans(oldTokens, vocabulary);
  const newSide = spans(newTokens, vocabulary);
  // The token strings are the largest thing held; only their numbers go on.
  oldTokens = newTokens = null;
  return anchoredDiff(oldText, oldSide, newText, newSide);
}

/** jsdiff on what follows the texts' shared start, the start put back in front: only the rest is tokenized. */
function afterSharedStart(oldText: string, newText: string): WordChange[] | undefined {
  const cut = sharedStart(oldText, newText);
  const [oldRest, newRest] = [oldText.slice(cut), newText.slice(cut)];
  const changes = wholeDiff(oldRest, tokenize(oldRest), newRest, tokenize(newRest));
  if (!changes || cut === 0) return changes;
  const start = oldText.slice(0, cut);
  if (changes[0]?.op === 'equal') changes[0] = { op: 'equal', text: start + changes[0].text };
  else changes.unshift({ op: 'equal', text: start });
  return changes;
}

/**
 * Where the two texts can be cut so that what comes before is the same
 * tokens in both: the start of a word after a space, inside their common
 * start. A space then a letter or digit is a token boundary whatever comes
 * next; the letter must be common too, or the word it starts may differ.
 * jsdiff's first move takes the common leading tokens whole, so diffing the
 * rest gives the same changes as diffing the whole.
 */
function sharedStart(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  let common = 0;
  while (common < length && a.charCodeAt(common) === b.charCodeAt(common)) common++;
  for (let at = common - 1; at > 0; at--) {
    if (a.charCodeAt(at - 1) === 32 && isAsciiLetterOrDigit(a.charCodeAt(at))) return at;
  }
  return 0;
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** jsdiff on the two token lists, each change's text cut from its side (tokens cover the text end to end). */
function wholeDiff(oldText: string, oldTokens: string[], newText: string, newTokens: string[]): WordChange[] | undefined {
  const changes = diffArrays(oldTokens, newTokens, { maxEditLength: MAX_WORD_EDITS });
  if (!changes) return undefined;
  let oldAt = 0;
  let newAt = 0;
  let oldToken = 0;
  let newToken = 0;
  const out: WordChange[] = [];
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (change.added) {
      const from = newAt;
      for (let k = 0; k < count; k++) newAt += newTokens[newToken++]!.length;
      out.push({ op: 'add', text: newText.slice(from, newAt) });
    } else if (change.removed) {
      const from = oldAt;
      for (let k = 0; k < count; k++) oldAt += oldTokens[oldToken++]!.length;
      out.push({ op: 'delete', text: oldText.slice(from, oldAt) });
    } else {
      const from = newAt;
      for (let k = 0; k < count; k++) {
        newAt += newTokens[newToken++]!.length;
        oldAt += oldTokens[oldToken++]!.length;
      }
      out.push({ op: 'equal', text: newText.slice(from, newAt) });
    }
  }
  return out;
}

/** Tokens as numbers, with where each starts in the text (tokens cover the text end to end). */
interface Spans {
  readonly ids: Int32Array;
  /** One more than the tokens: the text's length last. */
  readonly starts: Int32Array;
}

function spans(tokens: readonly string[], vocabulary: Map<string, number>): Spans {
  const ids = new Int32Array(tokens.length);
  const starts = new Int32Array(tokens.length + 1);
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    let id = vocabulary.get(token);
    if (id === undefined) vocabulary.set(token, (id = vocabulary.size));
    ids[k] = id;
    starts[k + 1] = starts[k]! + token.length;
  }
  return { ids, starts };
}

/**
 * The word diff of two long texts: matched on anchors (see
 * MAX_WHOLE_DIFF_TOKENS), in memory linear in the tokens; undefined past
 * MAX_WORD_EDITS token edits.
 */
function anchoredDiff(oldText: string, oldSide: Spans, newText: string, newSide: Spans): WordChange[] | undefined {
  const runs = matchRuns(oldSide.ids, newSide.ids, { run: ANCHOR_RUN, unanchoredSteps: UNANCHORED_STEPS });
  const matched = runs.length.reduce((sum, length) => sum + length, 0);
  if (oldSide.ids.length + newSide.ids.length - 2 * matched > MAX_WORD_EDITS) return undefined;
  const out: WordChange[] = [];
  const push = (op: WordOp, text: string, side: Spans, from: number, to: number) => {
    if (from < to) out.push({ op, text: text.slice(side.starts[from], side.starts[to]) });
  };
  let i = 0;
  let j = 0;
  runs.old.forEach((start, r) => {
    const length = runs.length[r]!;
    push('delete', oldText, oldSide, i, start);
    push('add', newText, newSide, j, runs.new[r]!);
    push('equal', oldText, oldSide, start, start + length);
    i = start + length;
    j = runs.new[r]! + length;
  });
  push('delete', oldText, oldSide, i, oldSide.ids.length);
  push('add', newText, newSide, j, newSide.ids.length);
  return out;
}

function rewrite(oldText: string, newText: string): WordChange[] {
  const out: WordChange[] = [];
  if (oldText !== '') out.push({ op: 'delete', text: oldText });
  if (newText !== '') out.push({ op: 'add', text: newText });
  return out;
}

/**
 * Makes the changes read like an editor's markup: a lone space between two
 * changes joins them ("-a b +x y", not "-a +x -b +y"), deletions come before
 * additions, and neighbours of one kind are merged.
 */
function tidy(changes: readonly WordChange[]): WordChange[] {
  const spread: WordChange[] = [];
  changes.forEach((change, index) => {
    const between = index > 0 && index < changes.length - 1;
    if (change.op === 'equal' && between && /^\s+$/.test(change.text)) {
      spread.push({ op: 'delete', text: change.text }, { op: 'add', text: change.text });
    } else {
      spread.push(change);
    }
  });
  const out: WordChange[] = [];
  let deleted = '';
  let added = '';
  const flush = () => {
    if (deleted) out.push({ op: 'delete', text: deleted });
    if (added) out.push({ op: 'add', text: added });
    deleted = added = '';
  };
  for (const change of spread) {
    if (change.op === 'delete') deleted += change.text;
    else if (change.op === 'add') added += change.text;
    else {
      flush();
      const last = out.at(-1);
      if (last?.op === 'equal') out[out.length - 1] = { op: 'equal', text: last.text + change.text };
      else out.push(change);
    }
  }
  flush();
  return out;
}

/** The old text a list of word changes starts from. */
export function oldSide(changes: readonly WordChange[]): string {
  return changes.filter((change) => change.op !== 'add').map((change) => change.text).join('');
}

/** The new text a list of word changes arrives at. */
export function newSide(changes: readonly WordChange[]): string {
  return changes.filter((change) => change.op !== 'delete').map((change) => change.text).join('');
}
