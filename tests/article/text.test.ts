import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { ArticleError, MAX_ARTICLE_BYTES } from '../../src/article/text.js';
import { BLANK_LINE_LEAD } from '../fixtures/articles.js';

// text.ts is what every lead passes through before the parser: decoding,
// cleaning, and the refusals. Its cases read through parseArticle, as callers do.
describe('parseArticle: what editors paste', () => {
  it('tolerates bytes with a BOM and CRLF', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${BLANK_LINE_LEAD.replaceAll('\n', '\r\n')}`);
    expect(parseArticle(bytes)).toEqual(parseArticle(BLANK_LINE_LEAD));
  });

  it('NFC-normalizes text', () => {
    const article = parseArticle('Cafe\u0301 owners in Seoul said sales fell.\n');
    expect(article.paragraphs).toEqual(['Caf\u00e9 owners in Seoul said sales fell.']);
  });
});

describe('parseArticle: bad input', () => {
  it.each([
    ['empty text', '', 'empty'],
    ['whitespace only', ' \n\t\r\n\u00A0\n', 'empty'],
    ['NUL bytes', 'Some text\u0000more', 'nul'],
    ['invalid UTF-8', new Uint8Array([0x53, 0x45, 0xff, 0xfe, 0x4f]), 'encoding'],
    ['a text over the size limit', new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61), 'too-large'],
  ] as const)('refuses %s with a clear error', (_name, input, code) => {
    let caught: unknown;
    try {
      parseArticle(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArticleError);
    expect((caught as ArticleError).code).toBe(code);
    expect((caught as ArticleError).message).not.toContain('\n');
  });

  it('accepts a 5 MB lead', () => {
    const paragraph = 'The union said the strike would go on until the night shifts were capped. ';
    const text = `Strike\nBUSAN, Nov. 3 (Hangang News) -- It goes on.\n${`${paragraph.repeat(10)}\n`.repeat(7000)}`;
    expect(text.length).toBeGreaterThan(5_000_000);
    expect(parseArticle(text).paragraphs).toHaveLength(7001);
  });
});
