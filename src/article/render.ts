import type { Article } from './article.js';
import { labelPrefix } from './label.js';

/**
 * An article in the canonical layout: header lines one per line (slug line,
 * headline, ATTN, byline, photos), a blank line, then the paragraphs separated
 * by blank lines, then e-mail, `(END)` and footer. `parseArticle` reads it back
 * to the same article.
 */
export function renderArticle(article: Article): string {
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

  const blocks: string[] = [];
  if (header.length > 0) blocks.push(header.join('\n'));
  blocks.push(...article.paragraphs);
  if (article.email !== null) blocks.push(article.email);
  if (article.end) blocks.push('(END)');
  if (article.footer !== null) blocks.push(article.footer);
  return blocks.join('\n\n') + '\n';
}
