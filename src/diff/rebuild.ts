import { PARAGRAPH_BREAK, type ParagraphChange } from './align.js';
import { newSide } from './words.js';

/**
 * The new lead's paragraphs from the old ones and the paragraph changes
 * alone: unchanged paragraphs are taken from the old lead by position,
 * changed ones from their word changes. The diff's proof of completeness.
 */
export function rebuildParagraphs(oldParas: readonly string[], changes: readonly ParagraphChange[]): string[] {
  const out: string[] = [];
  for (const change of changes) {
    if (change.new.length === 0) continue;
    const text =
      change.op === 'add'
        ? change.text
        : change.words
          ? newSide(change.words)
          : change.old.map((position) => oldParas[position - 1]!).join(PARAGRAPH_BREAK);
    const pieces = text.split(PARAGRAPH_BREAK);
    change.new.forEach((position, k) => (out[position - 1] = pieces[k]!));
  }
  return out;
}
