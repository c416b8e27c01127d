import { diffArrays } from 'diff';
import { tokenize } from './tokens.js';

export type WordOp = 'equal' | 'add' | 'delete';

export interface WordChange {
  readonly op: WordOp;
  readonly text: string;
}

/** Above this many tokens on both sides together, a pair is shown as a rewrite, not word by word. */
export const MAX_WORD_DIFF_TOKENS = 20_000;
/** Pairs that share little (a recast lead) get a word diff only while they are this short. */
export const MAX_DISSIMILAR_TOKENS = 600;
/** jsdiff gives up past this many token edits; the pair is then a rewrite. */
export const MAX_WORD_EDITS = 2_000;

/**
 * Word-level changes from one text to another. Returns the whole old text
 * deleted and the whole new one added when the texts are too long or too
 * different to diff cheaply: jsdiff takes tens of seconds on long unrelated
 * texts, and a word diff of a rewrite helps nobody.
 */
export function diffWords(
  oldText: string,
  newText: string,
  options: { maxTokens?: number } = {},
): { words: WordChange[]; rewrite: boolean } {
  if (oldText === newText) return { words: oldText === '' ? [] : [{ op: 'equal', text: oldText }], rewrite: false };
  const oldTokens = tokenize(oldText);
  const newTokens = tokenize(newText);
  const changes =
    oldTokens.length + newTokens.length > (options.maxTokens ?? MAX_WORD_DIFF_TOKENS)
      ? undefined
      : diffArrays(oldTokens, newTokens, { maxEditLength: MAX_WORD_EDITS });
  if (!changes) return { words: rewrite(oldText, newText), rewrite: true };
  const raw: WordChange[] = changes.map((change) => ({
    op: change.added ? 'add' : change.removed ? 'delete' : 'equal',
    text: change.value.join(''),
  }));
  return { words: tidy(raw), rewrite: false };
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
