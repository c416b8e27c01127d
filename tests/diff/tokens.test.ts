import { describe, expect, it } from 'vitest';
import { tokenize, words } from '../../src/diff/tokens.js';

describe('tokenize', () => {
  it.each([
    ['about 1,200 workers', ['about', ' ', '1,200', ' ', 'workers']],
    ['a 7.5 percent rise', ['a', ' ', '7.5', ' ', 'percent', ' ', 'rise']],
    ["Oh Se-ra's crew", ['Oh', ' ', "Se-ra's", ' ', 'crew']],
    ['the crew’s pay', ['the', ' ', 'crew’s', ' ', 'pay']],
    ['"We will stay out," he said.', ['"', 'We', ' ', 'will', ' ', 'stay', ' ', 'out', ',', '"', ' ', 'he', ' ', 'said', '.']],
    ['ends.\n\nStarts  again', ['ends', '.', '\n\n', 'Starts', '  ', 'again']],
    ['Mokpo -- 14 routes', ['Mokpo', ' ', '-', '-', ' ', '14', ' ', 'routes']],
    ['a café in Jeonju', ['a', ' ', 'café', ' ', 'in', ' ', 'Jeonju']],
    ['', []],
  ])('%j', (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });

  it('loses nothing: the tokens joined are the text', () => {
    const text = 'MOKPO, March 4 (Hangang News) -- Ferry crews on 14 routes walked out on Monday, stranding 2,000 commuters.';
    expect(tokenize(text).join('')).toBe(text);
  });
});

describe('words', () => {
  it.each([
    ['"We will stay out," Oh Se-ra said.', ['we', 'will', 'stay', 'out', 'oh', 'se-ra', 'said']],
    ['Crews STRUCK 14 routes -- again!', ['crews', 'struck', '14', 'routes', 'again']],
    ['Éric Café', ['éric', 'café']],
    ['-- ! ?', []],
  ])('%j', (text, list) => {
    expect(words(text)).toEqual(list);
  });
});
