import type { Article } from '../article/article.js';
import { datelineOf } from '../article/article-json.js';
import { textSimilarity } from './similarity.js';

export type ElementOp = 'equal' | 'add' | 'delete' | 'change';

/** A header element (headline, byline, ...) before and after. */
export interface ElementChange {
  readonly op: ElementOp;
  readonly old: string | null;
  readonly new: string | null;
  /** How much the text kept, 0 to 1: a reworded headline scores high, a new angle low. */
  readonly similarity: number;
}

export type PhotoOp = 'equal' | 'add' | 'delete' | 'reword' | 'replace';

export interface PhotoChange {
  readonly op: PhotoOp;
  readonly old: string | null;
  readonly new: string | null;
}

export interface ElementChanges {
  readonly slug: ElementChange;
  readonly label: ElementChange;
  readonly headline: ElementChange;
  readonly byline: ElementChange;
  readonly dateline: ElementChange;
  readonly email: ElementChange;
  readonly photos: readonly PhotoChange[];
}

/** Captions that share at least this much are the same photo, reworded. */
const SAME_PHOTO = 0.5;

export function diffElements(oldLead: Article, newLead: Article): ElementChanges {
  return {
    slug: compare(oldLead.slug, newLead.slug),
    label: compare(oldLead.label?.text ?? null, newLead.label?.text ?? null),
    headline: compare(oldLead.headline, newLead.headline),
    byline: compare(oldLead.byline, newLead.byline),
    dateline: compare(datelineText(oldLead), datelineText(newLead)),
    email: compare(oldLead.email, newLead.email),
    photos: diffPhotos(oldLead.photos, newLead.photos),
  };
}

export function compare(oldValue: string | null, newValue: string | null): ElementChange {
  if (oldValue === newValue) return { op: 'equal', old: oldValue, new: newValue, similarity: 1 };
  if (oldValue === null) return { op: 'add', old: null, new: newValue, similarity: 0 };
  if (newValue === null) return { op: 'delete', old: oldValue, new: null, similarity: 0 };
  const score = textSimilarity(oldValue, newValue);
  return { op: 'change', old: oldValue, new: newValue, similarity: Math.round(score * 1000) / 1000 };
}

function datelineText(article: Article): string | null {
  const dateline = datelineOf(article);
  if (!dateline) return null;
  return `${dateline.place}${dateline.date ? `, ${dateline.date}` : ''} (${dateline.agency})`;
}

/**
 * Photos by caption: the same caption is the same photo; a caption that
 * shares most of its words is the photo reworded; a removed caption and an
 * added one in the same slot are a replaced photo.
 */
function diffPhotos(oldPhotos: readonly string[], newPhotos: readonly string[]): PhotoChange[] {
  const oldLeft = new Set(oldPhotos.keys());
  const matchOf = new Map<number, { old: number; op: PhotoOp }>();
  newPhotos.forEach((caption, j) => {
    const i = [...oldLeft].find((k) => oldPhotos[k] === caption);
    if (i !== undefined) {
      oldLeft.delete(i);
      matchOf.set(j, { old: i, op: 'equal' });
    }
  });
  newPhotos.forEach((caption, j) => {
    if (matchOf.has(j)) return;
    let best: { old: number; score: number } | null = null;
    for (const i of oldLeft) {
      const score = textSimilarity(oldPhotos[i]!, caption);
      if (score >= SAME_PHOTO && (!best || score > best.score)) best = { old: i, score };
    }
    if (best) {
      oldLeft.delete(best.old);
      matchOf.set(j, { old: best.old, op: 'reword' });
    }
  });
  // What is left: pair removed with added captions as replacements, in order.
  const removed = [...oldLeft].sort((x, y) => x - y);
  const out: PhotoChange[] = [];
  newPhotos.forEach((caption, j) => {
    const match = matchOf.get(j);
    if (match) out.push({ op: match.op, old: oldPhotos[match.old]!, new: caption });
    else {
      const replaced = removed.shift();
      out.push(
        replaced === undefined
          ? { op: 'add', old: null, new: caption }
          : { op: 'replace', old: oldPhotos[replaced]!, new: caption },
      );
    }
  });
  for (const i of removed) out.push({ op: 'delete', old: oldPhotos[i]!, new: null });
  return out;
}

/**
 * The named header elements that changed, in order, leaving out the label:
 * it changes with every lead, so its change is never news.
 */
export function changedElements(elements: ElementChanges): { name: string; change: ElementChange }[] {
  const { photos: _photos, label: _label, ...named } = elements;
  return Object.entries(named)
    .filter(([, change]) => change.op !== 'equal')
    .map(([name, change]) => ({ name, change }));
}
