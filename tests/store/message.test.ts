import { describe, expect, it } from 'vitest';
import { attnOf, formatMessage, parseTrailers } from '../../src/store/message.js';

describe('lead commit messages', () => {
  const message = formatMessage({
    lead: 2,
    story: 'quake-20260314',
    label: '2nd LD',
    headline: '2 hurt as quake jolts east coast',
    slug: 'S Korea-earthquake',
    attn: '(ATTN: ADDS byline)',
  });

  it('read like a wire log: label and headline, ATTN, then trailers', () => {
    expect(message).toBe(
      '(2nd LD) 2 hurt as quake jolts east coast\n\n(ATTN: ADDS byline)\n\nLead: 2\nStory: quake-20260314\nSlug: S Korea-earthquake\n',
    );
  });

  it('give their trailers and ATTN line back', () => {
    expect([...parseTrailers(message)]).toEqual([
      ['Lead', '2'],
      ['Story', 'quake-20260314'],
      ['Slug', 'S Korea-earthquake'],
    ]);
    expect(attnOf(message)).toBe('(ATTN: ADDS byline)');
  });

  it('a first version has neither label nor ATTN', () => {
    const first = formatMessage({ lead: 0, story: 'q', label: null, headline: 'Quake', slug: null, attn: null });
    expect(first).toBe('Quake\n\nLead: 0\nStory: q\n');
    expect(attnOf(first)).toBeNull();
  });
});
