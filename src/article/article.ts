import type { LeadLabel } from './label.js';

/**
 * One lead of a wire story, as the desk reads it (wire-style.md section 1).
 * Paragraph 1 is the one that opens with the dateline; nothing else in here
 * counts as a paragraph.
 */
export interface Article {
  /** The keyword slug line, without its lead label: `S Korea-US-Japan-NK arms deal`. */
  readonly slug: string | null;
  /** The lead label of the headline (and slug line), or null for a first version. */
  readonly label: LeadLabel | null;
  /** Feature labels on the headline, without brackets: `News Focus`, `Yonhap Interview`. */
  readonly tags: readonly string[];
  /** The headline without its labels; null for plain copy. */
  readonly headline: string | null;
  /** The attention line as printed, `(ATTN: ...)`. */
  readonly attn: string | null;
  /** The name(s) as printed, without `By `. */
  readonly byline: string | null;
  /** Body paragraphs in order; the first opens with the dateline when there is one. */
  readonly paragraphs: readonly string[];
  /** Photo captions, each starting after its `▲`. */
  readonly photos: readonly string[];
  /** The reporter's e-mail line under the body. */
  readonly email: string | null;
  /** Whether the copy closes with `(END)`. */
  readonly end: boolean;
  /**
   * Lines after `(END)`, such as the copyright line, joined by newlines.
   * Without `(END)` only a last line starting `(C)` or `©` is a footer.
   */
  readonly footer: string | null;
}

/** An article with nothing in it; spread it to build one by hand. */
export const EMPTY_ARTICLE: Article = {
  slug: null,
  label: null,
  tags: [],
  headline: null,
  attn: null,
  byline: null,
  paragraphs: [],
  photos: [],
  email: null,
  end: false,
  footer: null,
};
