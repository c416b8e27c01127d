import type { Article } from './article.js';
import { labelPrefix } from './label.js';

/**
 * An article in the canonical layout: header lines one per line (slug line,
 * headline, ATTN, byline, photos), a blank line, then the paragraphs separated
 * by blank lines, then e-mail, `(END)` and footer. `parseArticle` reads it back
 * to the same article. The `lines` layout puts one paragraph per line, for
 * line-based tools.
 */
export function renderArticle(article: Article, options: { layout?: 'blank-lines' | 'lines' } = {}): string {
  const prefix = article.label ? labelPrefix(article.label) : '';
  const header: string[] = [];
  if (article.slug !== null) header.push(prefix + article.slug);
  if (article.headline !== null) {
    const tags = article.tags.map((tag) => `(${tag}) `).join('');
    header.push(prefix + tags + article.headline);
  }
  if (article.attn !== null) header.push(article.attn);
  if (article.byline !== null) header.push(`By ${article.byline}`);
  header.push(...article.photos.map((caption) => `▲ ${caption}`));

  const body: string[] = [...article.paragraphs];
  if (article.email !== null) body.push(article.email);
  if (article.end) body.push('(END)');
  if (article.footer !== null) body.push(article.footer);
  const separator = options.layout === 'lines' ? '\n' : '\n\n';
  return [...(header.length > 0 ? [header.join('\n')] : []), body.join(separator)].join('\n\n') + '\n';
}
