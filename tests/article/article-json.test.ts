import { describe, expect, it } from 'vitest';
import { EMPTY_ARTICLE, type Article } from '../../src/article/article.js';
import { articleToJson, datelineOf } from '../../src/article/article-json.js';
import { parseLeadLabel } from '../../src/article/label.js';

const LEAD: Article = {
  slug: 'S Korea-ferry strike',
  label: parseLeadLabel('2nd LD'),
  tags: ['News Focus'],
  headline: 'Ferry crews walk out over pay, stranding island commuters',
  attn: '(ATTN: ADDS union comments last 2 paras)',
  byline: 'Oh Se-ra',
  paragraphs: [
    'MOKPO, March 4 (Hangang News) -- Ferry crews on 14 routes off the southwest coast walked out on Monday, the operators said.',
    'About 2,000 commuters were left waiting at the ports, officials said.',
  ],
  photos: ['Passengers wait at Mokpo port. (Hangang News)'],
  email: 'ohsera@hangang.example',
  end: true,
  footer: '(C) Hangang News. All rights reserved.',
};

describe('articleToJson', () => {
  it('flattens a lead: the label as text with its lead number beside it, the dateline read from paragraph 1', () => {
    expect(articleToJson(LEAD)).toEqual({
      slug: 'S Korea-ferry strike',
      label: '2nd LD',
      lead: 2,
      tags: ['News Focus'],
      headline: 'Ferry crews walk out over pay, stranding island commuters',
      attn: '(ATTN: ADDS union comments last 2 paras)',
      byline: 'Oh Se-ra',
      dateline: { place: 'MOKPO', date: 'March 4', agency: 'Hangang News' },
      paragraphs: LEAD.paragraphs,
      photos: ['Passengers wait at Mokpo port. (Hangang News)'],
      email: 'ohsera@hangang.example',
      end: true,
      footer: '(C) Hangang News. All rights reserved.',
    });
  });

  it('gives nulls, not missing fields, for a first version of plain copy', () => {
    expect(articleToJson({ ...EMPTY_ARTICLE, paragraphs: ['Crews walked out on Monday.'] })).toEqual({
      slug: null,
      label: null,
      lead: null,
      tags: [],
      headline: null,
      attn: null,
      byline: null,
      dateline: null,
      paragraphs: ['Crews walked out on Monday.'],
      photos: [],
      email: null,
      end: false,
      footer: null,
    });
  });

  it('copies the lists, so the JSON can be changed without changing the article', () => {
    const json = articleToJson(LEAD);
    json.paragraphs.push('A third paragraph.');
    json.tags.length = 0;
    expect([LEAD.paragraphs.length, LEAD.tags.length]).toEqual([2, 1]);
  });
});

describe('datelineOf', () => {
  it.each<[string, readonly string[], unknown]>([
    ['paragraph 1 opens with it', LEAD.paragraphs, { place: 'MOKPO', date: 'March 4', agency: 'Hangang News' }],
    ['only a later paragraph has one', ['Crews walked out.', LEAD.paragraphs[0]!], null],
    ['no paragraph at all', [], null],
  ])('%s', (_what, paragraphs, dateline) => {
    expect(datelineOf({ ...EMPTY_ARTICLE, paragraphs })).toEqual(dateline);
  });
});
