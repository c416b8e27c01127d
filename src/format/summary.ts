import type { ParagraphOp } from '../diff/align.js';
import { changedElements, type ElementOp, type PhotoOp } from '../diff/elements.js';
import type { LeadDiff } from '../diff/lead-diff.js';

/** Paragraph counts by operation, as an editor names them. */
export function countOps(diff: LeadDiff): Record<ParagraphOp, number> {
  const counts: Record<ParagraphOp, number> = { equal: 0, edit: 0, add: 0, delete: 0, move: 0, split: 0, merge: 0 };
  for (const change of diff.paragraphs) counts[change.op]++;
  return counts;
}

/** What happened to a header element, as an editor says it. */
export const CHANGE_WORDS: Readonly<Record<ElementOp | PhotoOp, string>> = {
  equal: 'unchanged',
  add: 'added',
  delete: 'removed',
  change: 'changed',
  reword: 'reworded',
  replace: 'replaced',
};

/** The header elements that changed, in words: `headline changed`, `byline added`, `photo replaced`. */
export function elementNotes(diff: LeadDiff): string[] {
  const notes = changedElements(diff.elements).map(({ name, change }) => `${name} ${CHANGE_WORDS[change.op]}`);
  for (const photo of diff.elements.photos) if (photo.op !== 'equal') notes.push(`photo ${CHANGE_WORDS[photo.op]}`);
  return notes;
}

/** `3 added, 2 edited, 1 moved, 0 deleted; headline changed`. */
export function formatStat(diff: LeadDiff): string {
  const counts = countOps(diff);
  const parts = [`${counts.add} added`, `${counts.edit} edited`, `${counts.move} moved`, `${counts.delete} deleted`];
  if (counts.split > 0) parts.push(`${counts.split} split`);
  if (counts.merge > 0) parts.push(`${counts.merge} merged`);
  const notes = elementNotes(diff);
  return `${parts.join(', ')}${notes.length > 0 ? `; ${notes.join(', ')}` : ''}\n`;
}
