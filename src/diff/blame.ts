import type { Article } from '../article/article.js';
import { diffLeads } from './lead-diff.js';
import type { ElementChange } from './elements.js';

/**
 * Where each paragraph of a lead comes from, followed back through the
 * story's leads with the same alignment `diff` uses: the lead its text
 * first appeared in (`since`, through edits, moves, splits and merges), the
 * lead that last changed its words (`changed`; a move alone is no change of
 * words) and the leads it moved in. Leads are given oldest first and named
 * by their index in that list.
 */
export interface ParagraphBlame {
  /** Position in the blamed (last) lead. */
  readonly n: number;
  readonly text: string;
  readonly since: number;
  readonly changed: number;
  readonly moved: readonly number[];
}

export interface ElementBlame {
  readonly since: number;
  readonly changed: number;
}

export interface LeadBlame {
  readonly paragraphs: readonly ParagraphBlame[];
  /** Null for an element the last lead does not have. */
  readonly elements: {
    readonly headline: ElementBlame | null;
    readonly byline: ElementBlame | null;
    readonly dateline: ElementBlame | null;
    readonly photos: readonly ElementBlame[];
  };
}

interface Origin {
  readonly since: number;
  readonly changed: number;
  readonly moved: readonly number[];
}

/** One alignment per consecutive pair of leads: linear in the story's length. */
export function blameLeads(leads: readonly Article[]): LeadBlame {
  if (leads.length === 0) throw new Error('blame needs at least one lead');
  let origins: Origin[] = leads[0]!.paragraphs.map(() => ({ since: 0, changed: 0, moved: [] }));
  let headline = leads[0]!.headline === null ? null : { since: 0, changed: 0 };
  let byline = leads[0]!.byline === null ? null : { since: 0, changed: 0 };
  let dateline = leads[0]!.paragraphs.length > 0 ? { since: 0, changed: 0 } : null;
  let photos: (ElementBlame | null)[] = leads[0]!.photos.map(() => ({ since: 0, changed: 0 }));
  for (let i = 1; i < leads.length; i++) {
    const diff = diffLeads(leads[i - 1]!, leads[i]!);
    const next: Origin[] = [];
    for (const change of diff.paragraphs) {
      if (change.op === 'delete') continue;
      const from = change.old.map((position) => origins[position - 1]!);
      const since = from.length === 0 ? i : Math.min(...from.map((o) => o.since));
      const changed = change.op === 'add' || change.edited ? i : Math.max(...from.map((o) => o.changed));
      const moved = [...new Set(from.flatMap((o) => o.moved))];
      if (change.op === 'move') moved.push(i);
      for (const position of change.new) next[position - 1] = { since, changed, moved };
    }
    origins = next;
    headline = follow(headline, diff.elements.headline, i);
    byline = follow(byline, diff.elements.byline, i);
    dateline = follow(dateline, diff.elements.dateline, i);
    photos = followPhotos(photos, diff.elements.photos, i);
  }
  const last = leads.at(-1)!;
  return {
    paragraphs: last.paragraphs.map((text, k) => ({ n: k + 1, text, ...origins[k]! })),
    elements: { headline, byline, dateline, photos: photos.filter((p): p is ElementBlame => p !== null) },
  };
}

function follow(blame: ElementBlame | null, change: ElementChange, i: number): ElementBlame | null {
  switch (change.op) {
    case 'equal':
      return blame;
    case 'add':
      return { since: i, changed: i };
    case 'delete':
      return null;
    case 'change':
      return { since: blame?.since ?? i, changed: i };
  }
}

/** Photos in the order the diff gives them: kept, reworded (same photo, new caption), replaced or new. */
function followPhotos(
  blames: readonly (ElementBlame | null)[],
  changes: readonly { readonly op: string }[],
  i: number,
): (ElementBlame | null)[] {
  const out: (ElementBlame | null)[] = [];
  let old = 0;
  for (const change of changes) {
    if (change.op === 'add' || change.op === 'replace') out.push({ since: i, changed: i });
    if (change.op === 'equal') out.push(blames[old] ?? { since: i, changed: i });
    if (change.op === 'reword') out.push({ since: blames[old]?.since ?? i, changed: i });
    if (change.op !== 'add') old++;
  }
  return out;
}

/** Every lead (by index) that carried a text, with the paragraph it sat in: the correction desk's question. */
export function grepLeads(leads: readonly Article[], text: string): { index: number; paragraph: number; text: string }[] {
  const needle = text.toLowerCase();
  const hits: { index: number; paragraph: number; text: string }[] = [];
  leads.forEach((lead, index) => {
    lead.paragraphs.forEach((paragraph, k) => {
      if (paragraph.toLowerCase().includes(needle)) hits.push({ index, paragraph: k + 1, text: paragraph });
    });
  });
  return hits;
}

/**
 * Whether leads are missing just before the lead at `index` of a history
 * (lead numbers, oldest first), as in an archive that kept what it caught:
 * a paragraph `since` or `changed` there may be older than that lead, so it
 * is that lead "or earlier".
 */
export function afterGap(leadNumbers: readonly number[], index: number): boolean {
  return leadNumbers[index]! - (index > 0 ? leadNumbers[index - 1]! : -1) > 1;
}
