import type { ParagraphChange } from '../diff/align.js';
import type { LeadDiff } from '../diff/lead-diff.js';
import type { WordChange } from '../diff/words.js';
import { changedElements } from '../diff/elements.js';
import { CHANGE_WORDS } from './summary.js';

/** ANSI colour on or off, and how far unchanged paragraphs are folded. */
export interface TerminalOptions {
  readonly color: boolean;
  /** Unchanged paragraphs are cut to this many characters; 0 shows them whole. */
  readonly foldWidth?: number;
}

const ANSI = {
  reset: '\x1b[0m',
  dim: '\x1b[2m',
  bold: '\x1b[1m',
  red: '\x1b[31m',
  green: '\x1b[32m',
  yellow: '\x1b[33m',
  cyan: '\x1b[36m',
  struck: '\x1b[9;31m',
} as const;

/**
 * The diff as an editor reads it in a terminal: each paragraph of the new
 * lead with its number and what happened to it, deleted paragraphs where they
 * stood, changed words marked inline. Without colour, words are marked the
 * way `git diff --word-diff` does: `[-old-]{+new+}`.
 */
export function formatTerminal(diff: LeadDiff, options: TerminalOptions): string {
  const paint = (code: keyof typeof ANSI, text: string) => (options.color ? `${ANSI[code]}${text}${ANSI.reset}` : text);
  const lines: string[] = [];
  for (const line of headerLines(diff)) lines.push(paint('bold', line));
  if (lines.length > 0) lines.push('');
  // A loop, not Math.max(...all): a spread of 80,000 positions overflows the stack.
  let width = 2;
  for (const change of diff.paragraphs) for (const n of [...change.new, ...change.old]) width = Math.max(width, String(n).length);
  for (const change of diff.paragraphs) {
    const number = change.new.length > 0 ? change.new.join(',') : '-';
    const marker = markerOf(change);
    const prefix = `${number.padStart(width)}  ${marker.padEnd(17)}`;
    lines.push(`${paint(colorOf(change), prefix)}${body(change, options, paint)}`);
  }
  return `${lines.join('\n')}\n`;
}

function headerLines(diff: LeadDiff): string[] {
  const lines: string[] = [];
  for (const { name, change } of changedElements(diff.elements)) {
    // A headline is long: old and new each get a line.
    if (name === 'headline') lines.push(`headline  ${change.old ?? '(none)'}`, `       -> ${change.new ?? '(none)'}`);
    else lines.push(`${name.padEnd(10)}${change.old ?? '(none)'} -> ${change.new ?? '(none)'}`);
  }
  for (const photo of diff.elements.photos) {
    if (photo.op === 'equal') continue;
    lines.push(`photo     ${CHANGE_WORDS[photo.op]}: ${photo.new ?? photo.old}`);
  }
  return lines;
}

export function markerOf(change: ParagraphChange): string {
  switch (change.op) {
    case 'equal':
      return '';
    case 'edit':
      return 'edited';
    case 'add':
      return 'added';
    case 'delete':
      return `deleted (was ${change.old[0]})`;
    case 'move':
      return `moved from ${change.old[0]}${change.edited ? ', ed.' : ''}`;
    case 'split':
      return `split from ${change.old[0]}`;
    case 'merge':
      return `merged ${change.old.join('+')}`;
  }
}

function colorOf(change: ParagraphChange): keyof typeof ANSI {
  switch (change.op) {
    case 'equal':
      return 'dim';
    case 'add':
      return 'green';
    case 'delete':
      return 'red';
    case 'move':
      return 'cyan';
    default:
      return 'yellow';
  }
}

function body(change: ParagraphChange, options: TerminalOptions, paint: (code: keyof typeof ANSI, text: string) => string): string {
  if (change.op === 'equal' || (change.op === 'move' && !change.edited)) {
    const fold = options.foldWidth ?? 72;
    const text = fold > 0 && change.text.length > fold ? `${change.text.slice(0, fold - 1)}…` : change.text;
    return paint('dim', text);
  }
  if (change.op === 'add') return paint('green', change.text);
  if (change.op === 'delete') return paint('red', change.text);
  return (change.words ?? []).map((word) => markWord(word, options.color, paint)).join('');
}

function markWord(word: WordChange, color: boolean, paint: (code: keyof typeof ANSI, text: string) => string): string {
  const text = word.text.replaceAll('\n\n', ' ¶ ');
  if (word.op === 'equal') return text;
  if (!color) return word.op === 'delete' ? `[-${text}-]` : `{+${text}+}`;
  return word.op === 'delete' ? paint('struck', text) : paint('green', text);
}
