import { describe, expect, it } from 'vitest';
import * as leads from '../src/index.js';
import { SCRAPED_LEAD } from './fixtures/articles.js';

describe('the library API', () => {
  it('parses and renders a lead as the README shows', () => {
    const article = leads.parseArticle(SCRAPED_LEAD);
    expect(article.label?.text).toBe('2nd LD');
    expect(leads.labelFor(article.label!.lead + 1)).toBe('3rd LD');
    expect(leads.parseArticle(leads.renderArticle(article))).toEqual(article);
  });
});
