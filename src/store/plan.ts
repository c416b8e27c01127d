import type { Article } from '../article/article.js';
import { relabel, type LeadLabel } from '../article/label.js';
import { renderArticle } from '../article/render.js';

/**
 * What a commit will store, decided without touching git: the lead number,
 * its label, its ATTN line and the text as it must move. Pure, so that every
 * rule is tested on its own.
 */
export interface PreviousLead {
  readonly lead: number;
  readonly article: Article;
}

export interface LeadPlan {
  readonly lead: number;
  readonly label: LeadLabel | null;
  readonly attn: string | null;
  /** Where the ATTN line came from: the editor's file, the writer, or nowhere (a first version). */
  readonly attnSource: 'hand' | 'writer' | 'none';
  readonly article: Article;
  /** The lead as it must move: regenerated label and ATTN line in place. */
  readonly text: string;
  /** Things the editor should know, one line each (a replaced label, a dropped ATTN line). */
  readonly notes: readonly string[];
  /** The lead has nothing new next to the previous one. */
  readonly identical: boolean;
}

/** Writes the ATTN line for a pair of leads; null when it has nothing to say. */
export type AttnWriter = (previous: Article, next: Article) => string | null;

export function planLead(draft: Article, previous: PreviousLead | null, writeAttn?: AttnWriter): LeadPlan {
  const lead = previous ? previous.lead + 1 : 0;
  const label = relabel(draft.label, lead);
  const notes: string[] = [];
  const staleLabel = previous !== null && draft.label?.text === previous.article.label?.text;
  if (draft.label && draft.label.text !== label?.text && !staleLabel) {
    notes.push(`the file is labelled ${draft.label.text}, but this is lead ${lead}: labelled ${label?.text ?? 'as a first version'}`);
  }
  const { attn, source } = chooseAttn(draft, previous, writeAttn, notes);
  const article: Article = { ...draft, label, attn };
  return {
    lead,
    label,
    attn,
    attnSource: source,
    article,
    text: renderArticle(article),
    notes,
    identical: previous !== null && sameCopy(previous.article, draft),
  };
}

/**
 * A first version has no ATTN line. An ATTN line carried over unchanged from
 * the previous lead is stale (the editor started from `leads show`) and is
 * replaced. A new hand-written line is kept; with no line at all, the writer's.
 */
function chooseAttn(
  draft: Article,
  previous: PreviousLead | null,
  writeAttn: AttnWriter | undefined,
  notes: string[],
): { attn: string | null; source: LeadPlan['attnSource'] } {
  if (!previous) {
    if (draft.attn) notes.push(`a first version carries no ATTN line: dropped ${draft.attn}`);
    return { attn: null, source: 'none' };
  }
  const stale = draft.attn !== null && draft.attn === previous.article.attn;
  if (draft.attn && !stale) return { attn: draft.attn, source: 'hand' };
  const written = writeAttn ? writeAttn(previous.article, draft) : null;
  return { attn: written, source: written === null ? 'none' : 'writer' };
}

/** The same copy, whatever the label and ATTN line say. */
export function sameCopy(a: Article, b: Article): boolean {
  const bare = (article: Article) => renderArticle({ ...article, label: null, attn: null });
  return bare(a) === bare(b);
}
