import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { renderArticle } from '../../src/article/render.js';
import { article } from '../fixtures/arbitraries.js';
import { BLANK_LINE_LEAD, SCRAPED_LEAD } from '../fixtures/articles.js';

describe('renderArticle', () => {
  it('parse(render(a)) is a, on generated articles with the hard cases', () => {
    fc.assert(
      fc.property(article, (generated) => {
        expect(parseArticle(renderArticle(generated))).toEqual(generated);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['one paragraph per line', SCRAPED_LEAD],
    ['blank-line layout', BLANK_LINE_LEAD],
  ])('render(parse(x)) is a fixed point for %s', (_name, text) => {
    const once = renderArticle(parseArticle(text));
    expect(renderArticle(parseArticle(once))).toBe(once);
  });

  it('writes the canonical layout', () => {
    expect(renderArticle(parseArticle(SCRAPED_LEAD))).toBe(`(2nd LD) S Korea-port strike
(2nd LD) Busan dock workers extend strike as talks stall
(ATTN: ADDS union leader's comments last 2 paras)
By Lee Ha-na
▲ Dock workers gather at a pier in Busan on Nov. 3, 2026, on the first day of a strike. (Hangang News)

BUSAN, Nov. 3 (Hangang News) -- Dock workers at South Korea's largest port extended their strike for a second day Tuesday after overnight talks broke down, halting container traffic at three terminals.

The union said about 1,200 members had walked off the job, demanding a 7 percent pay rise and limits on night shifts.

Port operators said 40 ships were waiting at anchor outside the harbor.

The transport ministry said it would send officials to mediate.

"We are not going back until the night shifts are capped," union leader Yoon Jae-sung told reporters at the pier.

Yoon said the union was ready to resume talks on Wednesday.

lee.hana@example.com

(END)

(C) Hangang News. All Rights Reserved
`);
  });
});
