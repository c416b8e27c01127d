import type { Article } from './article.js';
import { parseDateline, type Dateline } from './dateline.js';

/** The article as `leads parse --json` prints it: flat, with the lead number beside its label. */
export interface ArticleJson {
  slug: string | null;
  label: string | null;
  lead: number | null;
  tags: string[];
  headline: string | null;
  attn: string | null;
  byline: string | null;
  dateline: Dateline | null;
  paragraphs: string[];
  photos: string[];
  email: string | null;
  end: boolean;
  footer: string | null;
}

/** The article as a flat JSON-ready object (what `leads parse --json` prints). */
export function articleToJson(article: Article): ArticleJson {
  return {
    slug: article.slug,
    label: article.label?.text ?? null,
    lead: article.label?.lead ?? null,
    tags: [...article.tags],
    headline: article.headline,
    attn: article.attn,
    byline: article.byline,
    dateline: datelineOf(article),
    paragraphs: [...article.paragraphs],
    photos: [...article.photos],
    email: article.email,
    end: article.end,
    footer: article.footer,
  };
}

/** The dateline that opens paragraph 1, if it has one. */
export function datelineOf(article: Article): Dateline | null {
  const first = article.paragraphs[0];
  return first === undefined ? null : parseDateline(first);
}
