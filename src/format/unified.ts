import { createTwoFilesPatch } from 'diff';
import type { Article } from '../article/article.js';
import { renderArticle } from '../article/render.js';

/**
 * A standard unified diff of the two leads with one paragraph per line, so
 * that `patch`, `delta` and review tools can read it. Paragraph-level moves
 * and word changes do not survive this format: it is for the tools, the
 * other formats are for people.
 */
export function formatUnified(oldLead: Article, newLead: Article, oldName: string, newName: string): string {
  return createTwoFilesPatch(oldName, newName, renderArticle(oldLead, { layout: 'lines' }), renderArticle(newLead, { layout: 'lines' }), '', '', {
    context: 3,
  });
}
