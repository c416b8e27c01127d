import type { Article } from '../article/article.js';
import { datelineOf } from '../article/article-json.js';
import { alignParagraphs, THRESHOLDS, type ParagraphChange } from './align.js';
import { changedElements, diffElements, type ElementChanges } from './elements.js';

/** Everything that changed from one lead to the next: the data the formatters and the ATTN writer read. */
export interface LeadDiff {
  /** Every paragraph of the new lead in order, with deleted ones where they stood in the old. */
  readonly paragraphs: readonly ParagraphChange[];
  readonly elements: ElementChanges;
  readonly thresholds: typeof THRESHOLDS;
}

/** What changed from one lead of a story to the next: paragraphs aligned and word-diffed, and the other elements compared. */
export function diffLeads(oldLead: Article, newLead: Article): LeadDiff {
  return {
    paragraphs: alignParagraphs(oldLead.paragraphs, newLead.paragraphs, {
      sameLead: datelineOf(oldLead) !== null && datelineOf(newLead) !== null,
    }),
    elements: diffElements(oldLead, newLead),
    thresholds: THRESHOLDS,
  };
}

/** Whether the copy differs between the two leads; a new label alone is no change. */
export function hasChanges(diff: LeadDiff): boolean {
  return (
    diff.paragraphs.some((change) => change.op !== 'equal') ||
    changedElements(diff.elements).length > 0 ||
    diff.elements.photos.some((photo) => photo.op !== 'equal')
  );
}

/** An edit that keeps most of the paragraph: a fixed typo, an updated figure. */
export function isLightEdit(change: ParagraphChange, diff: LeadDiff): boolean {
  return change.edited && change.similarity >= diff.thresholds.light;
}
